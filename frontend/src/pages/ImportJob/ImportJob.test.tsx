import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { IMPORT_JOB } from './graphql/importJob';
import { IMPORT_REJECTIONS } from './graphql/importRejections';
import { ImportJobPage } from '.';

const job = (over: Record<string, unknown> = {}) => ({
  __typename: 'ImportJob',
  id: 'j1',
  kind: 'TRADES',
  format: 'CSV',
  encoding: 'GB18030',
  fileName: 'trades-20240501.csv',
  fileSize: 2048,
  dryRun: false,
  status: 'SUCCEEDED',
  percent: 100,
  linesDone: 5,
  inserted: 3,
  updated: 0,
  unchanged: 0,
  rejected: 2,
  error: null,
  startedAt: '2024-05-01T10:00:00Z',
  finishedAt: '2024-05-01T10:00:02Z',
  createdBy: { __typename: 'User', id: 'u9', displayName: '总部分析员' },
  ...over,
});

const rejection = (id: string, line: number, column: string, value: string, reason: string, message: string) => ({
  __typename: 'ImportRejection',
  id,
  line,
  column,
  value,
  reason,
  message,
});

const rejections = {
  node: {
    __typename: 'ImportJob',
    id: 'j1',
    rejections: {
      __typename: 'ImportRejectionConnection',
      totalCount: 2,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 'a', endCursor: 'b' },
      edges: [
        { __typename: 'ImportRejectionEdge', node: rejection('r1', 3, 'account_no', '99999999', 'UNKNOWN_REFERENCE', 'no account 99999999') },
        { __typename: 'ImportRejectionEdge', node: rejection('r2', 4, 'quantity', '-100', 'NEGATIVE', 'quantity cannot be negative') },
      ],
    },
  },
};

function renderPage(node: ReturnType<typeof job>) {
  render(
    <MockedProvider
      mocks={[
        { request: { query: IMPORT_JOB, variables: { id: 'j1' } }, result: { data: { node } } },
        { request: { query: IMPORT_REJECTIONS, variables: { id: 'j1', first: 50 } }, result: { data: rejections } },
      ]}
    >
      <App>
        <MemoryRouter initialEntries={['/imports/j1']}>
          <Routes>
            <Route path="/imports/:id" element={<ImportJobPage />} />
          </Routes>
        </MemoryRouter>
      </App>
    </MockedProvider>,
  );
}

describe('ImportJobPage', () => {
  it('shows what the job did and each rejected row with its reason in words', async () => {
    renderPage(job());
    await screen.findByTestId('import-job');
    expect(screen.getByTestId('import-status').textContent).toBe('已完成');
    expect(within(screen.getByTestId('job-inserted')).getByText('3')).toBeTruthy();
    expect(within(screen.getByTestId('job-rejected')).getByText('2')).toBeTruthy();
    expect(screen.getByText('GBK（GB18030）')).toBeTruthy();
    expect(screen.getByText('总部分析员')).toBeTruthy();
    expect(screen.queryByTestId('import-error')).toBeNull();

    const table = await screen.findByTestId('rejection-table');
    await within(table).findByText('99999999');
    const reasons = within(table).getAllByTestId('rejection-reason').map((r) => r.textContent);
    expect(reasons).toEqual(['引用的记录不存在', '数值为负（或为零），不允许']);
    expect(within(table).getByText('quantity cannot be negative')).toBeTruthy();
    expect(screen.getByTestId('rejection-total').textContent).toBe('共 2 行被拒绝');
  });

  it("shows why a failed job failed", async () => {
    renderPage(job({ status: 'FAILED', percent: 0, error: 'the header lacks the required column(s) quantity', finishedAt: '2024-05-01T10:00:01Z' }));
    expect((await screen.findByTestId('import-error')).textContent).toContain('the header lacks the required column(s) quantity');
    expect(screen.getByTestId('import-status').textContent).toBe('失败');
  });

  it('reports a job that is not there', async () => {
    render(
      <MockedProvider mocks={[{ request: { query: IMPORT_JOB, variables: { id: 'j1' } }, result: { data: { node: null } } }]}>
        <MemoryRouter initialEntries={['/imports/j1']}>
          <Routes>
            <Route path="/imports/:id" element={<ImportJobPage />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(await screen.findByTestId('import-not-found')).toBeTruthy();
  });
});
