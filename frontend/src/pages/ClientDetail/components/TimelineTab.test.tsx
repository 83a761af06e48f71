import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it } from 'vitest';

import { createCache } from '../../../apollo';
import type { TimelineKind } from '../../../gql/graphql';
import { CLIENT_TIMELINE } from '../graphql/clientTimeline';
import { LOG_INTERACTION } from '../graphql/logInteraction';
import { LogInteractionModal } from './LogInteractionModal';
import { TimelineTab } from './TimelineTab';

const item = (n: number, kind: TimelineKind, title: string, summary?: string) => ({
  __typename: 'TimelineEdge' as const,
  cursor: `cur${n}`,
  node: {
    __typename: 'TimelineItem' as const,
    kind,
    at: `2024-05-${String(10 + n).padStart(2, '0')}T09:30:00+08:00`,
    title,
    amount: null,
    node: summary ? { __typename: 'Interaction' as const, id: `i${n}`, summary } : { __typename: 'Trade' as const, id: `t${n}` },
  },
});

const page = (edges: ReturnType<typeof item>[], hasNextPage: boolean) => ({
  data: {
    node: {
      __typename: 'Customer' as const,
      id: 'c1',
      timeline: {
        __typename: 'TimelineConnection' as const,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
      },
    },
  },
});

const first = { query: CLIENT_TIMELINE, variables: { id: 'c1', first: 20 } };

const texts = () => screen.getAllByTestId('timeline-item').map((e) => e.textContent);

describe('TimelineTab', () => {
  it('grows by "load more" and starts afresh from the top once a contact is logged', { timeout: 30_000 }, async () => {
    const mocks = [
      { request: first, result: page([item(9, 'TRADE', '买入 600519 贵州茅台 100 股')], true) },
      { request: { ...first, variables: { ...first.variables, after: 'cur9' } }, result: page([item(1, 'CASH_FLOW', '银证转入')], false) },
      {
        request: {
          query: LOG_INTERACTION,
          variables: { input: { clientId: 'c1', channel: 'PHONE', kind: 'SERVICE', summary: '回访：确认风险测评到期' } },
        },
        result: { data: { logInteraction: { __typename: 'Interaction', id: 'i20', occurredAt: '2024-05-30T10:00:00+08:00' } } },
      },
      {
        request: first,
        result: page([item(20, 'INTERACTION', '电话 · 服务', '回访：确认风险测评到期'), item(9, 'TRADE', '买入 600519 贵州茅台 100 股')], true),
      },
    ];
    render(
      <MockedProvider mocks={mocks} cache={createCache()}>
        <App>
          <TimelineTab clientId="c1" />
          <LogInteractionModal clientId="c1" open onClose={() => undefined} />
        </App>
      </MockedProvider>,
    );
    expect(await screen.findByText('买入 600519 贵州茅台 100 股')).toBeTruthy();

    fireEvent.click(screen.getByTestId('load-more'));
    await screen.findByText('银证转入');
    expect(texts()).toHaveLength(2); // appended, newest first
    expect(screen.queryByTestId('load-more')).toBeNull(); // the last page

    fireEvent.change(screen.getByLabelText('内容摘要'), { target: { value: '回访：确认风险测评到期' } });
    fireEvent.click(screen.getByRole('button', { name: '保 存' }));
    // The interaction's own summary is shown when the title does not hold it.
    await waitFor(() => expect(texts()[0]).toContain('回访：确认风险测评到期'));
    expect(texts()).toHaveLength(2);
    expect(screen.getByTestId('load-more')).toBeTruthy();
  });

  it('asks for the kinds ticked, and for nothing with none', async () => {
    const allBut = (k: TimelineKind) =>
      (['TRADE', 'CASH_FLOW', 'INTERACTION', 'ORDER', 'STATUS_CHANGE', 'PUSH', 'ASSESSMENT', 'ADVISOR_CHANGE'] as TimelineKind[]).filter((x) => x !== k);
    const mocks = [
      { request: first, result: page([item(9, 'TRADE', '买入 600519 贵州茅台 100 股')], false) },
      { request: { ...first, variables: { ...first.variables, kinds: allBut('TRADE') } }, result: page([item(1, 'CASH_FLOW', '银证转入')], false) },
    ];
    render(
      <MockedProvider mocks={mocks} cache={createCache()}>
        <TimelineTab clientId="c1" />
      </MockedProvider>,
    );
    await screen.findByText('买入 600519 贵州茅台 100 股');
    fireEvent.click(screen.getByRole('checkbox', { name: '交易' }));
    await screen.findByText('银证转入');
    expect(screen.queryByText('买入 600519 贵州茅台 100 股')).toBeNull();

    fireEvent.click(screen.getByRole('checkbox', { name: '全部' })); // indeterminate → all
    await screen.findByText('买入 600519 贵州茅台 100 股');
    fireEvent.click(screen.getByRole('checkbox', { name: '全部' })); // all → none
    expect(await screen.findByText('没有记录')).toBeTruthy();
  });
});
