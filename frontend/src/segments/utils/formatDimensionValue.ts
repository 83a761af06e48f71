import type { TFunction } from 'i18next';

import { formatDecimal } from '../../utils/decimal';
import { enumValueLabel, type SchemeClasses } from './enumValueLabel';
import { withUnit } from './unitLabel';

// ShownDimension is what showing a value needs of its dimension.
export interface ShownDimension {
  key: string;
  type: string;
  unit?: string | null;
}

// formatDimensionValue writes a client's value of a dimension as the API
// gives it (a decimal, whole number, date, enum value, true or false, or
// null) for reading: amounts and ratios to two places with thousands
// grouped, never through a float; whole numbers grouped; yes or no; enum
// values by name; each with its unit; — for none.
export function formatDimensionValue(
  t: TFunction,
  language: string,
  dim: ShownDimension,
  value: string | null | undefined,
  schemes: readonly SchemeClasses[] = [],
): string {
  if (value === null || value === undefined || value === '') return '—';
  switch (dim.type) {
    case 'BOOLEAN':
      return value === 'true' ? t('common.yes') : value === 'false' ? t('common.no') : value;
    case 'MONEY':
    case 'NUMBER':
      return withUnit(t, formatDecimal(value, 2), dim.unit);
    case 'INTEGER':
      return withUnit(t, /^-?\d+$/.test(value) ? value.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : value, dim.unit);
    case 'ENUM':
      return enumValueLabel(t, language, dim.key, value, schemes);
    default:
      return value;
  }
}
