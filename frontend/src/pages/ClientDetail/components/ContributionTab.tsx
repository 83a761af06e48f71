import { useQuery } from '@apollo/client/react';
import { Table, Tooltip } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ContributionRowFragment } from '../../../gql/graphql';
import { formatDecimal } from '../../../utils/decimal';
import { CLIENT_CONTRIBUTION } from '../graphql/clientContribution';
import { customerNode } from '../utils/customerNode';

type Period = 'thisMonth' | 'yearToDate' | 'last12Months';
const PERIODS: Period[] = ['thisMonth', 'yearToDate', 'last12Months'];

interface Row extends ContributionRowFragment {
  period: Period;
}

export interface ContributionTabProps {
  clientId: string;
}

// ContributionTab is the revenue the firm earned from the client this
// month, this year and over the last twelve months, as the server summed it.
export function ContributionTab({ clientId }: ContributionTabProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CLIENT_CONTRIBUTION, { variables: { id: clientId } });
  const contribution = customerNode(data?.node)?.contribution;
  const rows: Row[] = contribution ? PERIODS.map((period) => ({ period, ...contribution[period] })) : [];
  const k = (key: string) => t(`pages.clientDetail.contribution.${key}`);
  const money = (v: string) => formatDecimal(v);
  const columns: TableProps<Row>['columns'] = [
    { title: k('period'), dataIndex: 'period', render: (p: Period) => k(p) },
    { title: k('commission'), dataIndex: 'commission', align: 'right', render: money },
    { title: k('fees'), dataIndex: 'fees', align: 'right', render: money },
    {
      title: <Tooltip title={k('productFeesHelp')}>{k('productFees')}</Tooltip>,
      dataIndex: 'productFees',
      align: 'right',
      render: money,
    },
    { title: k('marginInterest'), dataIndex: 'marginInterest', align: 'right', render: money },
    { title: k('total'), dataIndex: 'total', align: 'right', render: (v: string) => <strong>{money(v)}</strong> },
  ];
  return (
    <>
      {error && <ErrorAlert error={error} />}
      <Table<Row> rowKey="period" size="small" loading={loading} columns={columns} dataSource={rows} pagination={false} data-testid="contribution" />
    </>
  );
}
