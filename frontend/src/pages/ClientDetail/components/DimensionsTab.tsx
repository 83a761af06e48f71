import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Empty, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { dimensionName } from '../../../segments/utils/dimensionName';
import { formatDimensionValue } from '../../../segments/utils/formatDimensionValue';
import { groupDimensions } from '../../../segments/utils/groupDimensions';
import { CLIENT_DIMENSIONS } from '../graphql/clientDimensions';
import { customerNode } from '../utils/customerNode';

export interface DimensionsTabProps {
  clientId: string;
}

// DimensionsTab is the client's profile (画像): every dimension, computed
// (as of the last metrics refresh) or imported, by catalogue group, a group
// the catalogue does not name under its key: amounts and ratios with their
// unit, yes or no, — for none.
export function DimensionsTab({ clientId }: DimensionsTabProps) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(CLIENT_DIMENSIONS, { variables: { id: clientId } });
  const client = customerNode(data?.node);
  if (loading && !data) return <Spin />;
  if (error) return <ErrorAlert error={error} />;
  const values = client?.dimensions ?? [];
  if (values.length === 0) return <Empty description={t('pages.clientDetail.dimensions.empty')} />;
  const groups = groupDimensions(values.map((v) => ({ ...v, group: v.dimension.group })));
  return (
    <Space vertical size="middle" style={{ width: '100%' }} data-testid="client-dimensions">
      <Typography.Text type="secondary">
        {t('pages.clientDetail.dimensions.refreshedAt', {
          at: client?.metricsRefreshedAt ? dayjs(client.metricsRefreshedAt).format('YYYY-MM-DD HH:mm') : '—',
        })}
      </Typography.Text>
      {groups.map(({ group, dimensions }) => (
        <Card key={group} size="small" title={t(`enums.dimensionGroup.${group}`, { defaultValue: group })}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            items={dimensions.map((v) => ({
              key: v.dimension.key,
              label: dimensionName(v.dimension, i18n.language),
              children: (
                <span data-testid={`dimension-${v.dimension.key}`}>{formatDimensionValue(t, i18n.language, v.dimension, v.value)}</span>
              ),
            }))}
          />
        </Card>
      ))}
    </Space>
  );
}
