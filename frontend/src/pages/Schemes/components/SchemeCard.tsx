import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { SchemeCardFragment } from '../../../gql/graphql';
import { BucketChart } from '../../../segments/components/BucketChart';
import { bucketLabel } from '../../../segments/utils/bucketLabel';
import { dimensionName } from '../../../segments/utils/dimensionName';
import { orderBuckets } from '../../../segments/utils/orderBuckets';

export interface SchemeCardProps {
  scheme: SchemeCardFragment;
  onRevisions: () => void;
  // Absent for those who may not edit schemes.
  onEdit?: () => void;
}

// SchemeCard shows a scheme and how the viewer's clients fall into its
// classes, in the classes' order and named in the interface language,
// the clients in none last as unclassified.
export function SchemeCard({ scheme, onRevisions, onEdit }: SchemeCardProps) {
  const { t, i18n } = useTranslation();
  const schemes = [scheme];
  const rows = orderBuckets(scheme.distribution, scheme.classes.map((c) => c.key)).map((b) => ({
    label: bucketLabel(t, i18n.language, { key: scheme.dimensionKey, type: 'ENUM' }, b.value, schemes),
    count: b.count,
  }));
  return (
    <Card
      size="small"
      title={
        <Space>
          {dimensionName(scheme, i18n.language)}
          <Tag>{t('pages.schemes.version', { version: scheme.version })}</Tag>
        </Space>
      }
      extra={
        <Space>
          <Button size="small" onClick={onRevisions} data-testid="scheme-revisions">
            {t('pages.schemes.revisions')}
          </Button>
          {onEdit && (
            <Button size="small" type="primary" onClick={onEdit} data-testid="scheme-edit">
              {t('pages.schemes.edit')}
            </Button>
          )}
        </Space>
      }
      data-testid="scheme-card"
      data-scheme={scheme.key}
    >
      {scheme.description && <Typography.Paragraph type="secondary">{scheme.description}</Typography.Paragraph>}
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <>
          <BucketChart rows={rows} height={220} />
          <Space wrap size={[4, 4]}>
            {rows.map((r) => (
              <Tag key={r.label} data-testid="scheme-bucket">
                {r.label}: {r.count.toLocaleString()}
              </Tag>
            ))}
          </Space>
        </>
      )}
    </Card>
  );
}
