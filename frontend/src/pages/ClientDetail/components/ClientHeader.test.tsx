import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';

import type { ClientHeaderFragment } from '../../../gql/graphql';
import { ClientHeader } from './ClientHeader';

const tag = (id: string, name: string, kind: 'MANUAL' | 'AUTOMATIC') => ({
  __typename: 'TagEdge' as const,
  node: { __typename: 'Tag' as const, id, name, color: 'blue', kind },
});

function client(over: Partial<ClientHeaderFragment> = {}): ClientHeaderFragment {
  return {
    id: 'c1',
    name: '王芳',
    clientNo: '001000000042',
    kind: 'INDIVIDUAL',
    status: 'NORMAL',
    investorClass: 'ORDINARY',
    advisor: { id: 'u1', displayName: '张伟' },
    branch: { id: 'b1', name: '北京建国路证券营业部' },
    currentRiskAssessment: { id: 'r1', level: 'C3', expiresAt: dayjs().add(10, 'day').add(1, 'hour').format() },
    summary: { totalAssets: '1200000.00' },
    tags: { edges: [tag('t1', '高频交易', 'AUTOMATIC'), tag('t2', '重点维护', 'MANUAL')] },
    classes: [],
    ...over,
  };
}

function renderHeader(c: ClientHeaderFragment, editable: boolean) {
  return render(
    <MockedProvider>
      <App>
        <ClientHeader client={c} editable={editable} actions={<button type="button">act</button>} />
      </App>
    </MockedProvider>,
  );
}

describe('ClientHeader', () => {
  it('shows who the client is, the tier of their assets and a risk level about to expire', () => {
    renderHeader(client(), false);
    expect(screen.getByTestId('client-name').textContent).toContain('王芳');
    expect(screen.getByTestId('client-name').textContent).toContain('正常');
    expect(screen.getByTestId('client-no').textContent).toBe('001000000042');
    expect(screen.getByTestId('client-risk-level').textContent).toBe('C3 稳健型');
    expect(screen.getByTestId('risk-expiry-warning').textContent).toBe('10 天后到期');
    expect(screen.getByTestId('client-asset-tier').textContent).toBe('高净值');
    expect(screen.getByText('张伟')).toBeTruthy();
    expect(screen.getByText('北京建国路证券营业部')).toBeTruthy();
  });

  it('warns of an expired assessment', () => {
    renderHeader(client({ currentRiskAssessment: { id: 'r1', level: 'C2', expiresAt: dayjs().subtract(1, 'day').format() } }), false);
    expect(screen.getByTestId('risk-expiry-warning').textContent).toBe('测评已过期');
  });

  it('says when the client was never assessed, without an expiry', () => {
    renderHeader(client({ currentRiskAssessment: null }), false);
    expect(screen.getByTestId('client-risk-level').textContent).toBe('未测评');
    expect(screen.queryByTestId('risk-expiry-warning')).toBeNull();
  });

  it('shows no warning far from the expiry', () => {
    renderHeader(client({ currentRiskAssessment: { id: 'r1', level: 'C4', expiresAt: dayjs().add(200, 'day').format() } }), false);
    expect(screen.queryByTestId('risk-expiry-warning')).toBeNull();
  });

  it('lets the advisor remove manual tags only, and add one, with the actions shown', () => {
    renderHeader(client(), true);
    const tags = screen.getByTestId('client-tags');
    const closable = (name: string) => within(tags).getByText(name).closest('.ant-tag')!.querySelector('.ant-tag-close-icon');
    expect(closable('重点维护')).not.toBeNull();
    expect(closable('高频交易')).toBeNull();
    expect(screen.getByTestId('client-tag-add').textContent).toBe('+ 添加标签');
    expect(screen.getByRole('button', { name: 'act' })).toBeTruthy();
  });

  it('shows the tags read-only and no actions to a reader', () => {
    renderHeader(client(), false);
    expect(screen.getByText('重点维护').closest('.ant-tag')!.querySelector('.ant-tag-close-icon')).toBeNull();
    expect(screen.queryByTestId('client-tag-add')).toBeNull();
    expect(screen.queryByRole('button', { name: 'act' })).toBeNull();
  });
});
