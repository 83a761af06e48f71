import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { createCache } from '../../apollo';
import { ViewerContext, type Viewer } from '../../auth/viewerContext';
import { SEGMENT_CATALOGUE } from '../../segments/graphql/segmentCatalogue';
import { SCHEMES } from './graphql/schemes';
import { UPDATE_CLASSIFICATION_SCHEME } from './graphql/updateClassificationScheme';
import { SchemesPage } from '.';

// jsdom draws no canvas; the charts' options are not what is tested here.
vi.mock('../../components/Chart', () => ({ Chart: () => <div data-testid="chart" /> }));

const T1 = '{"op":"LT","dimension":"total_assets","value":"100000"}';
const T2 = '{"op":"GE","dimension":"total_assets","value":"100000"}';

const scheme = (version: number) => ({
  __typename: 'ClassificationScheme',
  id: 's1',
  key: 'asset_tier',
  nameZh: '动态资产等级',
  nameEn: 'Asset tier',
  description: '按总资产分层（人民币）',
  version,
  updatedAt: '2024-05-20T10:00:00+08:00',
  dimensionKey: 'class_asset_tier',
  classes: [
    { __typename: 'SchemeClass', key: 'T1', nameZh: '10万以下', nameEn: 'Under 100k', rule: T1 },
    { __typename: 'SchemeClass', key: 'T2', nameZh: '10万及以上', nameEn: '100k and above', rule: T2 },
  ],
  distribution: [
    { __typename: 'SegmentBucket', value: null, count: 3 },
    { __typename: 'SegmentBucket', value: 'T2', count: 40 },
    { __typename: 'SegmentBucket', value: 'T1', count: 12 },
  ],
});

const schemes = (version: number) => ({
  data: { classificationSchemes: { __typename: 'ClassificationSchemeConnection', edges: [{ __typename: 'ClassificationSchemeEdge', node: scheme(version) }] } },
});

const catalogue = {
  data: {
    segmentDimensions: [
      {
        __typename: 'SegmentDimension',
        key: 'total_assets',
        nameZh: '总资产',
        nameEn: 'Total assets',
        group: 'HOLDINGS',
        type: 'MONEY',
        unit: 'CNY',
        description: null,
        values: null,
        operators: ['LT', 'GE'],
      },
    ],
    // The same field as the page's query: the same schemes.
    classificationSchemes: schemes(3).data.classificationSchemes,
  },
};

const conflict = new GraphQLError('the scheme was changed by someone else since version 3; reload it', { extensions: { code: 'CONFLICT' } });

const mocks = [
  { request: { query: SCHEMES }, result: schemes(3) },
  { request: { query: SEGMENT_CATALOGUE }, result: catalogue },
  {
    request: {
      query: UPDATE_CLASSIFICATION_SCHEME,
      variables: {
        id: 's1',
        version: 3,
        classes: [
          { key: 'T1', nameZh: '10万以下', nameEn: 'Under 100k', rule: T1 },
          { key: 'T2', nameZh: '10万及以上', nameEn: '100k and above', rule: T2 },
        ],
        note: '复核阈值',
      },
    },
    result: { errors: [conflict] },
  },
  { request: { query: SCHEMES }, result: schemes(4) },
];

function renderPage(viewer: Viewer) {
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <App>
        <ViewerContext.Provider value={viewer}>
          <MemoryRouter initialEntries={['/schemes']}>
            <SchemesPage />
          </MemoryRouter>
        </ViewerContext.Provider>
      </App>
    </MockedProvider>,
  );
}

const hq: Viewer = { id: 'h1', username: 'hq1', displayName: '王总', role: 'HEAD_OFFICE', branch: null };
const advisor: Viewer = { id: 'u1', username: 'advisor1', displayName: '张伟', role: 'ADVISOR', branch: null };

describe('SchemesPage', () => {
  it("shows each scheme's distribution in its classes' order, the unclassified last", async () => {
    renderPage(advisor);
    await screen.findByTestId('scheme-card');
    expect(screen.getAllByTestId('scheme-bucket').map((e) => e.textContent)).toEqual(['10万以下: 12', '10万及以上: 40', '未分类: 3']);
    expect(screen.getByText('第 3 版')).toBeTruthy();
    expect(screen.queryByTestId('scheme-edit')).toBeNull();
  });

  it('lets head office edit a scheme, and offers to reload when someone else saved first', { timeout: 20_000 }, async () => {
    renderPage(hq);
    fireEvent.click(await screen.findByTestId('scheme-edit'));
    expect(await screen.findAllByTestId('scheme-class', {}, { timeout: 5_000 })).toHaveLength(2);
    fireEvent.change(screen.getByTestId('scheme-note'), { target: { value: '复核阈值' } });
    fireEvent.click(screen.getByTestId('scheme-save'));
    expect(await screen.findByTestId('scheme-conflict')).toBeTruthy();
    fireEvent.click(screen.getByTestId('scheme-reload'));
    await waitFor(() => expect(screen.queryByTestId('scheme-conflict')).toBeNull());
    expect(screen.getByText('编辑分类方案：动态资产等级（基于第 4 版）')).toBeTruthy();
  });
});
