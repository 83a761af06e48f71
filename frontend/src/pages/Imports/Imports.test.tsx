import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { IMPORT_JOBS } from './graphql/importJobs';
import { ImportsPage } from '.';

const row = (id: string, status: string, over: Record<string, unknown> = {}) => ({
  __typename: 'ImportJob',
  id,
  kind: 'TRADES',
  fileName: `${id}.csv`,
  status,
  percent: status === 'RUNNING' ? 40 : 100,
  linesDone: 1200,
  inserted: 1000,
  updated: 150,
  unchanged: 48,
  rejected: 2,
  dryRun: false,
  startedAt: '2024-05-01T10:00:00Z',
  finishedAt: status === 'RUNNING' ? null : '2024-05-01T10:01:00Z',
  ...over,
});

const page = {
  importJobs: {
    __typename: 'ImportJobConnection',
    totalCount: 2,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 'a', endCursor: 'b' },
    edges: [
      { __typename: 'ImportJobEdge', node: row('j2', 'RUNNING', { kind: 'CLIENTS', dryRun: true }) },
      { __typename: 'ImportJobEdge', node: row('j1', 'SUCCEEDED') },
    ],
  },
};

function renderPage(...pages: (typeof page)[]) {
  render(
    <MockedProvider mocks={pages.map((data) => ({ request: { query: IMPORT_JOBS, variables: { first: 20 } }, result: { data } }))}>
      <App>
        <MemoryRouter initialEntries={['/imports']}>
          <ImportsPage />
        </MemoryRouter>
      </App>
    </MockedProvider>,
  );
}

describe('ImportsPage', () => {
  it('lists the jobs, newest first, with their status, progress and counts', async () => {
    renderPage(page, page);
    const table = await screen.findByTestId('import-table');
    await within(table).findByText('j2.csv');
    const rows = table.querySelectorAll('tr.ant-table-row');
    expect(rows).toHaveLength(2);
    const [running, done] = [...rows].map((r) => within(r as HTMLElement));
    expect(running.getByText('客户')).toBeTruthy();
    expect(running.getByTestId('import-status').textContent).toBe('进行中');
    expect(running.getByTestId('import-progress').textContent).toContain('40%');
    expect(running.getByText('是')).toBeTruthy();
    expect(done.getByTestId('import-status').textContent).toBe('已完成');
    expect(done.getByTestId('import-inserted').textContent).toBe('1,000');
    expect(done.getByTestId('import-rejected').textContent).toBe('2');
    expect(done.getByRole('link', { name: 'j1.csv' }).getAttribute('href')).toBe('/imports/j1');
    expect(screen.getByTestId('import-total').textContent).toBe('共 2 个导入任务');
  });

  it('asks again while a job runs, until it has ended', { timeout: 15_000 }, async () => {
    const ended = { importJobs: { ...page.importJobs, edges: [{ __typename: 'ImportJobEdge', node: row('j2', 'SUCCEEDED', { kind: 'CLIENTS' }) }] } };
    renderPage(page, ended);
    const table = await screen.findByTestId('import-table');
    await within(table).findByText('进行中');
    await waitFor(() => expect(within(table).queryByText('进行中')).toBeNull(), { timeout: 5_000 });
    expect(within(table).getByTestId('import-status').textContent).toBe('已完成');
  });
});
