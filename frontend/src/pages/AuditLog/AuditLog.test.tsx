import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { AUDIT_LOGS } from './graphql/auditLogs';
import { AuditLogPage } from '.';

const entry = {
  __typename: 'AuditLog' as const,
  id: 'a1',
  at: '2024-03-01T09:30:00+08:00',
  actorName: 'bm1',
  actorRole: 'BRANCH_MANAGER' as const,
  ip: '10.0.0.8',
  operation: 'UpdateClient',
  action: 'UPDATE' as const,
  entityType: 'Customer',
  entityID: '42',
  fields: ['status'],
  before: { status: 'NORMAL' },
  after: { status: 'FROZEN' },
};

const mocks = [
  {
    request: { query: AUDIT_LOGS, variables: { first: 50, after: undefined, where: { and: [{ action: 'UPDATE' }] } } },
    result: {
      data: {
        auditLogs: {
          __typename: 'AuditLogConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 'a', endCursor: 'a' },
          edges: [{ __typename: 'AuditLogEdge', node: entry }],
        },
      },
    },
  },
];

describe('AuditLogPage', () => {
  it('lists the entries of the filter in the URL and shows a change side by side', async () => {
    render(
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={['/audit?action=UPDATE']}>
          <AuditLogPage />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(await screen.findByText('bm1')).toBeTruthy();
    expect(screen.getByText('Customer #42')).toBeTruthy();
    expect(screen.getAllByText('修改').length).toBeGreaterThan(0); // the action tag (and the filter)
    expect(screen.getByTestId('audit-total').textContent).toBe('共 1 条记录');

    fireEvent.click(screen.getByRole('button', { name: /展开|expand/i }));
    expect(screen.getByTestId('audit-before').textContent).toContain('"NORMAL"');
    expect(screen.getByTestId('audit-after').textContent).toContain('"FROZEN"');
  });
});
