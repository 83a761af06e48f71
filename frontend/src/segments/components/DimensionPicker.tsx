import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { RuleEditorDimensionFragment } from '../../gql/graphql';
import { dimensionName } from '../utils/dimensionName';
import { groupDimensions } from '../utils/groupDimensions';

export interface DimensionPickerProps {
  value: string;
  onChange: (key: string) => void;
  dimensions: readonly RuleEditorDimensionFragment[];
  disabled?: boolean;
  status?: 'error';
}

// DimensionPicker chooses a dimension, listed by group with its name in
// the interface language; typing finds one by either name or its key.
export function DimensionPicker({ value, onChange, dimensions, disabled, status }: DimensionPickerProps) {
  const { t, i18n } = useTranslation();
  const options = useMemo(
    () =>
      groupDimensions(dimensions).map(({ group, dimensions: inGroup }) => ({
        label: t(`enums.dimensionGroup.${group}`, { defaultValue: group }),
        title: group,
        options: inGroup.map((d) => {
          const name = dimensionName(d, i18n.language);
          return {
            value: d.key,
            label: <span data-dimension={d.key}>{name}</span>,
            title: d.description ?? name,
            search: `${d.key} ${d.nameZh} ${d.nameEn}`.toLowerCase(),
          };
        }),
      })),
    [dimensions, i18n.language, t],
  );
  return (
    <Select
      value={value || undefined}
      onChange={onChange}
      options={options}
      placeholder={t('pages.segments.rule.dimension')}
      showSearch={{
        filterOption: (input, option) => String((option as { search?: string } | undefined)?.search ?? '').includes(input.trim().toLowerCase()),
      }}
      disabled={disabled}
      status={status}
      style={{ width: 240 }}
      popupMatchSelectWidth={320}
      data-testid="rule-dimension"
    />
  );
}
