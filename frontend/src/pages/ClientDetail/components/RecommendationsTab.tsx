import { useQuery } from '@apollo/client/react';
import { Table } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ClientRecommendationsQuery } from '../../../gql/graphql';
import { localized } from '../../../utils/localized';
import { ProductRiskTag } from '../../../products/components/ProductRiskTag';
import { CLIENT_RECOMMENDATIONS } from '../graphql/clientRecommendations';

const COUNT = 10;

type Recommendation = ClientRecommendationsQuery['clientRecommendations'][number];

export interface RecommendationsTabProps {
  clientId: string;
}

// RecommendationsTab lists the published products that fully match the
// client (Art. 22: only those may be recommended), best first, with why.
export function RecommendationsTab({ clientId }: RecommendationsTabProps) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(CLIENT_RECOMMENDATIONS, { variables: { clientId, first: COUNT } });
  const columns: TableProps<Recommendation>['columns'] = [
    {
      title: t('pages.order.product'),
      key: 'product',
      render: (_, r) => (
        <Link to={`/products/${r.product.id}`}>
          {r.product.code} {r.product.name}
        </Link>
      ),
    },
    { title: t('pages.products.fields.riskLevel'), key: 'risk', render: (_, r) => <ProductRiskTag level={r.product.riskLevel} /> },
    {
      title: t('pages.suitabilityRecords.reasons'),
      key: 'reasons',
      render: (_, r) => r.reasons.map((reason) => localized(reason, i18n.language)).join('；'),
    },
    { title: t('pages.recommendations.score'), dataIndex: 'score', align: 'right' },
  ];
  if (error) return <ErrorAlert error={error} />;
  return (
    <Table<Recommendation>
      rowKey={(r) => r.product.id}
      size="small"
      loading={loading}
      columns={columns}
      dataSource={data?.clientRecommendations ?? []}
      pagination={false}
      locale={{ emptyText: t('pages.recommendations.none') }}
      data-testid="client-recommendations"
    />
  );
}
