import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { ViewerContext, type Viewer } from '../../auth/viewerContext';
import { SAVED_SEGMENTS } from './graphql/savedSegments';
import { SegmentsPage } from '.';

const row = (id: string, name: string, visibility: string, memberCount: number | null) => ({
  __typename: 'SavedSegment',
  id,
  name,
  visibility,
  memberCount,
  countedAt: memberCount === null ? null : '2024-05-20T10:00:00+08:00',
  updatedAt: '2024-05-21T09:30:00+08:00',
  owner: { __typename: 'User', id: 'u1', displayName: '张伟' },
});

const mocks = [
  {
    request: { query: SAVED_SEGMENTS, variables: { first: 20 } },
    result: {
      data: {
        savedSegments: {
          __typename: 'SavedSegmentConnection',
          totalCount: 2,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 'a', endCursor: 'b' },
          edges: [
            { __typename: 'SavedSegmentEdge', node: row('g2', '沉睡高净值', 'ALL', 1234) },
            { __typename: 'SavedSegmentEdge', node: row('g1', '我的新客', 'PRIVATE', null) },
          ],
        },
      },
    },
  },
];

function renderPage(viewer: Viewer) {
  render(
    <MockedProvider mocks={mocks}>
      <ViewerContext.Provider value={viewer}>
        <MemoryRouter initialEntries={['/segments']}>
          <SegmentsPage />
        </MemoryRouter>
      </ViewerContext.Provider>
    </MockedProvider>,
  );
}

describe('SegmentsPage', () => {
  it('lists the saved segments with whom they are shared, whose they are and their count', async () => {
    renderPage({ id: 'u1', username: 'advisor1', displayName: '张伟', role: 'ADVISOR', branch: null });
    const link = await screen.findByRole('link', { name: '沉睡高净值' });
    expect(link.getAttribute('href')).toBe('/segments/g2');
    const rows = screen.getByTestId('segment-table').querySelectorAll('tr.ant-table-row');
    expect(within(rows[0] as HTMLElement).getByText('全公司')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('1,234')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('仅自己')).toBeTruthy();
    expect(screen.getByTestId('segment-total').textContent).toBe('共 2 个客户群');
    expect(screen.getByTestId('segment-create')).toBeTruthy();
  });

  it('offers no new segment to compliance, who only reads them', async () => {
    renderPage({ id: 'c1', username: 'compliance1', displayName: '李娜', role: 'COMPLIANCE', branch: null });
    await screen.findByRole('link', { name: '沉睡高净值' });
    expect(screen.queryByTestId('segment-create')).toBeNull();
  });
});
