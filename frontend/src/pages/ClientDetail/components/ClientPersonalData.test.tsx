import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ClientPersonalData } from './ClientPersonalData';

const data = { idNumber: '110105199003071234', phone: '13812345678', email: 'a@example.com', address: '北京市朝阳区建国路1号' };

describe('ClientPersonalData', () => {
  it('shows masked values as given, with the Masked tag', () => {
    render(<ClientPersonalData client={{ ...data, idNumber: '110***********1234', phone: '138****5678', piiVisible: false }} />);
    expect(screen.getByTestId('client-phone').textContent).toBe('138****5678');
    expect(screen.getByTestId('client-id-number').textContent).toBe('110***********1234');
    expect(screen.getByTestId('client-pii-masked').textContent).toBe('已脱敏');
  });

  it('shows unmasked values without the tag', () => {
    render(<ClientPersonalData client={{ ...data, piiVisible: true }} />);
    expect(screen.getByTestId('client-phone').textContent).toBe('13812345678');
    expect(screen.queryByTestId('client-pii-masked')).toBeNull();
  });

  it('shows a dash for missing contact details', () => {
    render(<ClientPersonalData client={{ idNumber: '110***********1234', phone: null, email: null, address: null, piiVisible: false }} />);
    expect(screen.getByTestId('client-phone').textContent).toBe('—');
  });
});
