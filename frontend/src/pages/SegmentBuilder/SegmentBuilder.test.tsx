import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { createCache } from '../../apollo';
import { ViewerContext, type Viewer } from '../../auth/viewerContext';
import { SEGMENT_CATALOGUE } from '../../segments/graphql/segmentCatalogue';
import { SAVED_SEGMENT } from './graphql/savedSegment';
import { SEGMENT_COMPOSITION } from './graphql/segmentComposition';
import { SEGMENT_COUNT } from './graphql/segmentCount';
import { SEGMENT_MEMBERS } from './graphql/segmentMembers';
import { SEGMENT_SNAPSHOTS } from './graphql/segmentSnapshots';
import { SegmentBuilderPage } from '.';

// jsdom draws no canvas; the charts' options are not what is tested here.
vi.mock('../../components/Chart', () => ({ Chart: () => <div data-testid="chart" /> }));

const advisor: Viewer = { id: 'u1', username: 'advisor1', displayName: '张伟', role: 'ADVISOR', branch: null };

const dimension = (key: string, nameZh: string, group: string, type: string, operators: string[], values: string[] | null = null) => ({
  __typename: 'SegmentDimension',
  key,
  nameZh,
  nameEn: key,
  group,
  type,
  unit: type === 'MONEY' ? 'CNY' : null,
  description: null,
  values,
  operators,
});

const catalogue = {
  segmentDimensions: [
    dimension('status', '客户状态', 'BASIC', 'ENUM', ['EQ', 'NE', 'IN', 'NOT_IN'], ['NORMAL', 'FROZEN']),
    dimension('total_assets', '总资产', 'HOLDINGS', 'MONEY', ['GE', 'LT', 'BETWEEN']),
    dimension('class_asset_tier', '动态资产等级', 'CLASSIFICATION', 'ENUM', ['EQ', 'IN'], ['T1', 'T2']),
  ],
  classificationSchemes: {
    __typename: 'ClassificationSchemeConnection',
    edges: [
      {
        __typename: 'ClassificationSchemeEdge',
        node: {
          __typename: 'ClassificationScheme',
          id: 's1',
          key: 'asset_tier',
          nameZh: '动态资产等级',
          nameEn: 'Asset tier',
          dimensionKey: 'class_asset_tier',
          classes: [
            { __typename: 'SchemeClass', key: 'T1', nameZh: '10万以下', nameEn: 'Under 100k', rule: '{}' },
            { __typename: 'SchemeClass', key: 'T2', nameZh: '10万–50万', nameEn: '100k–500k', rule: '{}' },
          ],
        },
      },
    ],
  },
};

const RULE = '{"op":"AND","rules":[{"op":"EQ","dimension":"status","value":"NORMAL"},{"op":"GE","dimension":"total_assets","value":"100000"}]}';

const segment = {
  __typename: 'SavedSegment',
  id: 'g1',
  name: '正常高资产',
  description: null,
  visibility: 'BRANCH',
  rule: RULE,
  memberCount: 40,
  countedAt: '2024-05-20T10:00:00+08:00',
  createdAt: '2024-05-01T10:00:00+08:00',
  updatedAt: '2024-05-20T10:00:00+08:00',
  owner: { __typename: 'User', id: 'u1', displayName: '张伟' },
};

const member = (n: number) => ({
  __typename: 'Customer',
  id: `c${n}`,
  clientNo: `00100000000${n}`,
  name: `客户${n}`,
  status: 'NORMAL',
  branch: { __typename: 'Branch', id: 'b1', name: '北京建国路证券营业部' },
  advisor: { __typename: 'User', id: 'u1', displayName: '张伟' },
});

const buckets = [
  { __typename: 'SegmentBucket', value: 'T2', count: 30 },
  { __typename: 'SegmentBucket', value: null, count: 2 },
];

function mocks(countResult: object) {
  return [
    { request: { query: SEGMENT_CATALOGUE }, result: { data: catalogue } },
    { request: { query: SAVED_SEGMENT, variables: { id: 'g1' } }, result: { data: { node: segment } } },
    { request: { query: SEGMENT_COUNT, variables: { rule: RULE } }, ...countResult },
    { request: { query: SEGMENT_COMPOSITION, variables: { rule: null, by: 'class_asset_tier' } }, result: { data: { segmentComposition: buckets } } },
    { request: { query: SEGMENT_COMPOSITION, variables: { rule: RULE, by: 'class_asset_tier' } }, result: { data: { segmentComposition: buckets } } },
    {
      request: { query: SEGMENT_MEMBERS, variables: { rule: RULE, first: 20 } },
      result: {
        data: {
          segmentMembers: {
            __typename: 'CustomerConnection',
            totalCount: 32,
            edges: [1, 2].map((n) => ({ __typename: 'CustomerEdge', node: member(n) })),
          },
        },
      },
    },
    {
      request: { query: SEGMENT_SNAPSHOTS, variables: { id: 'g1', first: 10 } },
      result: { data: { node: { __typename: 'SavedSegment', id: 'g1', snapshots: { __typename: 'SegmentSnapshotConnection', totalCount: 0, edges: [] } } } },
    },
  ];
}

function renderPage(countResult: object) {
  render(
    <MockedProvider mocks={mocks(countResult)} cache={createCache()}>
      <App>
        <ViewerContext.Provider value={advisor}>
          <MemoryRouter initialEntries={['/segments/g1']}>
            <Routes>
              <Route path="/segments/:id" element={<SegmentBuilderPage />} />
            </Routes>
          </MemoryRouter>
        </ViewerContext.Provider>
      </App>
    </MockedProvider>,
  );
}

describe('SegmentBuilderPage', () => {
  it('opens a saved segment with its rule, counts it live and lists its first members', { timeout: 20_000 }, async () => {
    renderPage({ result: { data: { segmentCount: 32 } } });
    expect((await screen.findByTestId('segment-title')).textContent).toBe('正常高资产');
    expect(screen.getAllByTestId('rule-condition')).toHaveLength(2);
    expect(screen.getByTestId('segment-member-count').textContent).toContain('40');
    await waitFor(() => expect(screen.getByTestId('segment-live-count').getAttribute('data-state')).toBe('ready'), { timeout: 5_000 });
    expect(screen.getByTestId('segment-live-count').textContent).toBe('32');
    const members = screen.getByTestId('segment-members');
    const link = await within(members).findByRole('link', { name: '001000000001' });
    expect(link.getAttribute('href')).toBe('/clients/c1');
    expect(screen.getByText('仅显示前 20 位，共 32 位客户')).toBeTruthy();
    // Its owner may count it again, snapshot, export, push and delete it.
    for (const id of ['segment-refresh', 'segment-snapshot', 'segment-export', 'segment-push', 'segment-delete', 'segment-save']) {
      expect(screen.getByTestId(id)).toBeTruthy();
    }
  });

  it("shows the server's complaint at the condition it concerns", { timeout: 20_000 }, async () => {
    const refusal = new GraphQLError('segment rule at rules[1]: total_assets GE: out of range', {
      extensions: {
        code: 'BAD_USER_INPUT',
        ruleErrors: [{ path: 'rules[1]', dimension: 'total_assets', problem: 'BAD_VALUE', message: 'total_assets GE: out of range' }],
      },
    });
    renderPage({ result: { errors: [refusal] } });
    await screen.findByTestId('segment-title');
    const problem = await screen.findByTestId('rule-problem', {}, { timeout: 5_000 });
    expect(problem.textContent).toBe('值无效: total_assets GE: out of range');
    expect(within(screen.getAllByTestId('rule-condition')[1]).getByTestId('rule-problem')).toBe(problem);
    expect(screen.getByTestId('segment-live-count').getAttribute('data-state')).toBe('error');
  });
});
