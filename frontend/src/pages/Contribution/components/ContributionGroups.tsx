import { Card, Col, Row, Segmented, Table } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Chart } from '../../../components/Chart';
import type { ContributionGroupRowFragment } from '../../../gql/graphql';
import { formatDecimal } from '../../../utils/decimal';

// Revenue by the clients' branch or by their advisor (the API's Grouping).
type Grouping = 'BRANCH' | 'ADVISOR';

// The chart shows the groups that brought the most; the table lists all.
const CHARTED = 15;

export interface ContributionGroupsProps {
  branches: ContributionGroupRowFragment[];
  advisors: ContributionGroupRowFragment[];
}

// ContributionGroups shows the revenue of each branch's or each advisor's
// clients (a toggle), as a table and as bars.
export function ContributionGroups({ branches, advisors }: ContributionGroupsProps) {
  const { t } = useTranslation();
  const [by, setBy] = useState<Grouping>('BRANCH');
  const rows = by === 'BRANCH' ? branches : advisors;
  const charted = rows.slice(0, CHARTED);
  const k = (key: string) => t(`pages.contribution.groups.${key}`);
  const columns: TableProps<ContributionGroupRowFragment>['columns'] = [
    { title: k(by === 'BRANCH' ? 'branch' : 'advisor'), dataIndex: 'name', render: (name: string, r) => (r.id ? name : k('unassigned')) },
    { title: k('clients'), dataIndex: 'clients', align: 'right', render: (n: number) => n.toLocaleString() },
    { title: k('revenue'), dataIndex: 'revenue', align: 'right', render: (v: string) => formatDecimal(v) },
    { title: k('share'), dataIndex: 'share', align: 'right', render: (v: string) => `${formatDecimal(v, 1)}%` },
  ];
  return (
    <Card
      title={k('title')}
      extra={
        <Segmented<Grouping>
          value={by}
          onChange={setBy}
          options={[
            { value: 'BRANCH', label: k('byBranch') },
            { value: 'ADVISOR', label: k('byAdvisor') },
          ]}
          data-testid="contribution-grouping"
        />
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Table<ContributionGroupRowFragment>
            rowKey={(r) => r.id ?? 'none'}
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            data-testid="contribution-groups"
          />
        </Col>
        <Col xs={24} xl={12}>
          <Chart
            height={Math.max(240, charted.length * 26)}
            option={{
              grid: { left: 16, right: 32, top: 8, bottom: 16, containLabel: true },
              tooltip: {
                trigger: 'axis',
                axisPointer: { type: 'shadow' },
                formatter: (p) => {
                  const i = (Array.isArray(p) ? p[0] : p).dataIndex;
                  const g = charted[charted.length - 1 - i];
                  return g ? `${g.name}<br/>${formatDecimal(g.revenue)} (${formatDecimal(g.share, 1)}%)` : '';
                },
              },
              xAxis: { type: 'value' },
              // Bars are drawn from floats; the table and tooltip show the exact amounts.
              yAxis: { type: 'category', data: [...charted].reverse().map((g) => (g.id ? g.name : k('unassigned'))) },
              series: [{ type: 'bar', barMaxWidth: 20, data: [...charted].reverse().map((g) => Number(g.revenue)) }],
            }}
          />
        </Col>
      </Row>
    </Card>
  );
}
