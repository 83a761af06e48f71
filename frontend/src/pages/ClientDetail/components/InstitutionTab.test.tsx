import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { createCache } from '../../../apollo';
import { CLIENT_HOLDINGS } from '../graphql/clientHoldings';
import { CLIENT_INSTITUTION } from '../graphql/clientInstitution';
import { ClientTabs } from './ClientTabs';
import { InstitutionTab } from './InstitutionTab';

const indicator = (key: string, nameZh: string, type: string, unit: string | null, value: string | null, description: string | null = null) => ({
  __typename: 'ClientDimensionValue' as const,
  value,
  dimension: { __typename: 'SegmentDimension' as const, key, nameZh, nameEn: key, type, unit, description },
});

const institution = (dimensions: ReturnType<typeof indicator>[]) => ({
  data: {
    node: {
      __typename: 'Customer' as const,
      id: 'c9',
      organization: {
        __typename: 'Organization' as const,
        id: 'o9',
        creditCode: '91110000100000000X',
        industry: '金融业',
        registeredCapital: '100000000.00',
        legalRepresentative: '李强',
      },
      contacts: {
        __typename: 'ContactConnection' as const,
        edges: [
          {
            __typename: 'ContactEdge' as const,
            node: { __typename: 'Contact' as const, id: 'p1', name: '赵敏', title: '财务总监', primary: true, phone: '139****0001', email: null },
          },
        ],
      },
      dimensions,
    },
  },
});

const request = { query: CLIENT_INSTITUTION, variables: { id: 'c9' } };

const indicators = [
  indicator('org_type', '机构类型', 'ENUM', null, '公募基金', '机构的监管类别'),
  indicator('org_employees', '员工人数', 'INTEGER', '人', '1520'),
  indicator('org_revenue', '营业收入', 'MONEY', 'CNY', '1234567890.5', '最近一个会计年度的营业收入'),
  indicator('org_debt_ratio', '资产负债率', 'NUMBER', '%', '62.5'),
  indicator('org_aum', '管理资产规模', 'MONEY', 'CNY', null),
  indicator('org_credit_rating', '信用评级', 'ENUM', null, 'AA+', '外部评级机构给予的主体信用评级'),
  indicator('org_kyc_review_on', '下次尽调日期', 'DATE', null, '2025-03-31'),
  indicator('org_investment_banking', '投行业务关系', 'BOOLEAN', null, 'true'),
  indicator('org_prime_brokerage', '主经纪商服务', 'BOOLEAN', null, 'false'),
];

function renderTab(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <App>
        <InstitutionTab clientId="c9" />
      </App>
    </MockedProvider>,
  );
}

const value = (key: string) => screen.getByTestId(`indicator-${key}`).textContent;

describe('InstitutionTab', () => {
  it('lists the indicators in catalogue order, each written by its type, — for none', { timeout: 30_000 }, async () => {
    renderTab([{ request, result: institution(indicators) }]);
    const section = await screen.findByTestId('institution-indicators');
    expect(within(section).getByText('机构指标')).toBeTruthy();
    expect(within(section).getAllByTestId(/^indicator-/).map((e) => e.getAttribute('data-testid'))).toEqual(
      indicators.map((i) => `indicator-${i.dimension.key}`),
    );
    expect(value('org_type')).toBe('公募基金');
    expect(value('org_employees')).toBe('1,520人');
    expect(value('org_revenue')).toBe('1,234,567,890.50元');
    expect(value('org_debt_ratio')).toBe('62.50%');
    expect(value('org_aum')).toBe('—');
    expect(value('org_credit_rating')).toBe('AA+');
    expect(value('org_kyc_review_on')).toBe('2025-03-31');
    expect(value('org_investment_banking')).toBe('是');
    expect(value('org_prime_brokerage')).toBe('否');
    // The organisation and contacts are still there, from the same query.
    expect(screen.getByText('91110000100000000X')).toBeTruthy();
    expect(screen.getByText('赵敏')).toBeTruthy();

    // An indicator's description is its name's tooltip.
    fireEvent.mouseEnter(within(section).getByText('信用评级'));
    expect(await screen.findByText('外部评级机构给予的主体信用评级')).toBeTruthy();
  });

  it('says so when no indicators have been imported', { timeout: 30_000 }, async () => {
    renderTab([{ request, result: institution([]) }]);
    const section = await screen.findByTestId('institution-indicators');
    expect(within(section).getByText('尚未导入该机构的指标。')).toBeTruthy();
    expect(within(section).queryAllByTestId(/^indicator-/)).toHaveLength(0);
  });

  it('is asked for only once the institution tab is opened, and only an institution has one', { timeout: 30_000 }, async () => {
    const asked = vi.fn(() => institution(indicators));
    const holdings = {
      request: { query: CLIENT_HOLDINGS, variables: { id: 'c9', first: 100 } },
      result: { data: { node: { __typename: 'Customer', id: 'c9', assetAllocation: [], holdings: { __typename: 'HoldingConnection', totalCount: 0, edges: [] } } } },
    };
    const tabs = (kind: 'INSTITUTION' | 'INDIVIDUAL') =>
      render(
        <MockedProvider mocks={[holdings, { request, result: asked }]} cache={createCache()}>
          <App>
            <MemoryRouter initialEntries={['/clients/c9']}>
              <ClientTabs clientId="c9" kind={kind} hasCredit={false} />
            </MemoryRouter>
          </App>
        </MockedProvider>,
      );

    const individual = tabs('INDIVIDUAL');
    expect(within(screen.getByTestId('client-tabs')).queryByRole('tab', { name: '机构' })).toBeNull();
    individual.unmount();

    tabs('INSTITUTION');
    const tab = within(screen.getByTestId('client-tabs')).getByRole('tab', { name: '机构' });
    await waitFor(() => expect(screen.queryByTestId('institution-indicators')).toBeNull());
    expect(asked).not.toHaveBeenCalled();
    fireEvent.click(tab);
    expect((await screen.findByTestId('indicator-org_credit_rating')).textContent).toBe('AA+');
    expect(asked).toHaveBeenCalledTimes(1);
  });
});
