import { useQuery } from '@apollo/client/react';
import { Card, Empty, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { RuleEditorDimensionFragment } from '../../../gql/graphql';
import { BucketChart } from '../../../segments/components/BucketChart';
import { bucketLabel } from '../../../segments/utils/bucketLabel';
import { dimensionName } from '../../../segments/utils/dimensionName';
import type { SchemeClasses } from '../../../segments/utils/enumValueLabel';
import { orderBuckets } from '../../../segments/utils/orderBuckets';
import { SEGMENT_COMPOSITION } from '../graphql/segmentComposition';

const DEFAULT_BY = 'class_asset_tier';

export interface SegmentCompositionProps {
  // The rule as last counted; null for every client the viewer may see.
  rule: string | null;
  dimensions: readonly RuleEditorDimensionFragment[];
  schemes: readonly SchemeClasses[];
}

// SegmentComposition charts the clients a rule picks by the values of a
// dimension the user chooses among the ENUM and BOOLEAN ones and the
// schemes' classes (the asset tier at first).
export function SegmentComposition({ rule, dimensions, schemes }: SegmentCompositionProps) {
  const { t, i18n } = useTranslation();
  const choices = useMemo(() => dimensions.filter((d) => d.type === 'ENUM' || d.type === 'BOOLEAN'), [dimensions]);
  const [by, setBy] = useState(() => (choices.some((d) => d.key === DEFAULT_BY) ? DEFAULT_BY : (choices[0]?.key ?? DEFAULT_BY)));
  const dim = choices.find((d) => d.key === by);
  const { data, loading, error } = useQuery(SEGMENT_COMPOSITION, { variables: { rule, by } });

  const order = schemes.find((s) => s.dimensionKey === by)?.classes.map((c) => c.key) ?? dim?.values ?? ['true', 'false'];
  const rows = orderBuckets(data?.segmentComposition ?? [], order).map((b) => ({
    label: bucketLabel(t, i18n.language, { key: by, type: dim?.type ?? 'ENUM' }, b.value, schemes),
    count: b.count,
  }));

  return (
    <Card
      size="small"
      title={t(rule ? 'pages.segmentBuilder.composition' : 'pages.segmentBuilder.compositionAll')}
      extra={
        <Select
          value={by}
          onChange={setBy}
          options={choices.map((d) => ({ value: d.key, label: dimensionName(d, i18n.language) }))}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 200 }}
          size="small"
          data-testid="composition-by"
        />
      }
      loading={loading && !data}
      data-testid="segment-composition"
    >
      {error && <ErrorAlert error={error} />}
      {rows.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : <BucketChart rows={rows} />}
    </Card>
  );
}
