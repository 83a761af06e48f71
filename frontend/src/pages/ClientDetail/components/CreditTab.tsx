import { useQuery } from '@apollo/client/react';
import { Descriptions, Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDecimal } from '../../../utils/decimal';
import { CLIENT_CREDIT } from '../graphql/clientCredit';
import { customerNode } from '../utils/customerNode';

export interface CreditTabProps {
  clientId: string;
}

// CreditTab sums up the client's margin accounts (融资融券): debt,
// collateral and the maintenance ratio (维持担保比例).
export function CreditTab({ clientId }: CreditTabProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CLIENT_CREDIT, { variables: { id: clientId } });
  if (error) return <ErrorAlert error={error} />;
  if (loading) return <Spin />;
  const credit = customerNode(data?.node)?.creditSummary;
  const k = (key: string) => t(`pages.clientDetail.credit.${key}`);
  if (!credit) return <Empty description={k('none')} />;
  return (
    <Descriptions
      column={3}
      data-testid="credit-summary"
      items={[
        { key: 'debt', label: k('marginDebt'), children: formatDecimal(credit.marginDebt) },
        { key: 'collateral', label: k('collateral'), children: formatDecimal(credit.collateral) },
        {
          key: 'ratio',
          label: k('maintenanceRatio'),
          children: credit.maintenanceRatio ? `${formatDecimal(credit.maintenanceRatio, 2)}%` : k('noDebt'),
        },
      ]}
    />
  );
}
