import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { CLIENT_FILTERS } from './graphql/filters';
import { CLIENTS } from './graphql/clients';
import { SEGMENT_CHOICES } from './graphql/segmentChoices';
import { SEGMENT_CLIENTS } from './graphql/segmentClients';
import { ClientsPage } from '.';

const client = (n: number) => ({
  __typename: 'Customer' as const,
  id: `c${n}`,
  clientNo: `0010000000${n}`,
  name: `客户${n}`,
  status: 'NORMAL' as const,
  openedOn: '2020-01-0' + n,
  branch: { __typename: 'Branch' as const, id: 'b1', name: '北京建国路证券营业部' },
  advisor: { __typename: 'User' as const, id: 'u1', displayName: '张伟' },
});

const page = (clients: ReturnType<typeof client>[]) => ({
  totalCount: clients.length,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 'a', endCursor: 'b' },
  edges: clients.map((node) => ({ __typename: 'CustomerEdge', node })),
});

const mocks = [
  {
    request: { query: SEGMENT_CHOICES },
    result: {
      data: {
        savedSegments: {
          __typename: 'SavedSegmentConnection',
          edges: [{ __typename: 'SavedSegmentEdge', node: { __typename: 'SavedSegment', id: 'g1', name: '沉睡高净值' } }],
        },
      },
    },
  },
  {
    request: {
      query: SEGMENT_CLIENTS,
      variables: { id: 'g1', first: 20, after: undefined, orderBy: [{ field: 'CLIENT_NO', direction: 'ASC' }] },
    },
    result: { data: { node: { __typename: 'SavedSegment', id: 'g1', members: { __typename: 'CustomerConnection', ...page([client(3)]) } } } },
  },
  {
    request: { query: CLIENT_FILTERS },
    result: {
      data: {
        branches: { __typename: 'BranchConnection', edges: [] },
        users: { __typename: 'UserConnection', edges: [] },
        tags: { __typename: 'TagConnection', edges: [] },
      },
    },
  },
  {
    request: {
      query: CLIENTS,
      variables: { first: 20, after: undefined, where: { and: [] }, orderBy: [{ field: 'CLIENT_NO', direction: 'ASC' }] },
    },
    result: {
      data: {
        customers: {
          __typename: 'CustomerConnection',
          totalCount: 2,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 'a', endCursor: 'b' },
          edges: [1, 2].map((n) => ({ __typename: 'CustomerEdge', node: client(n) })),
        },
      },
    },
  },
];

describe('ClientsPage', () => {
  it("lists a saved segment's members instead when one is chosen", async () => {
    render(
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={['/clients?segment=g1']}>
          <ClientsPage />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(await screen.findByText('客户3')).toBeTruthy();
    expect(screen.queryByText('客户1')).toBeNull();
    expect(screen.getByTestId('client-total').textContent).toBe('共 1 位客户');
    expect(screen.getByTestId('client-segment-note')).toBeTruthy();
    expect(await screen.findByText('沉睡高净值')).toBeTruthy();
  });

  it('lists the clients of the query with their total', async () => {
    render(
      <MockedProvider mocks={mocks}>
        <MemoryRouter>
          <ClientsPage />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(await screen.findByText('客户1')).toBeTruthy();
    expect(screen.getByText('客户2')).toBeTruthy();
    expect(screen.getByTestId('client-total').textContent).toBe('共 2 位客户');
    expect(screen.getAllByText('北京建国路证券营业部')).toHaveLength(2);
  });
});
