import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { i18n } from '../../../i18n';
import { NewKeyModal } from './NewKeyModal';

describe('NewKeyModal', () => {
  it('shows the key with the warning, and closes only by its button', () => {
    const onClose = vi.fn();
    render(<NewKeyModal secret="crm_ab12cd_secretvalue" onClose={onClose} />);
    expect(screen.getByTestId('api-key-secret').textContent).toContain('crm_ab12cd_secretvalue');
    expect(screen.getByText(i18n.t('pages.apiKeys.shownOnce'))).toBeTruthy();
    expect(screen.getByRole('button', { name: /copy|复制/i })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: i18n.t('pages.apiKeys.saved') }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('shows nothing without a key', () => {
    render(<NewKeyModal secret={null} onClose={() => undefined} />);
    expect(screen.queryByTestId('api-key-secret')).toBeNull();
  });
});
