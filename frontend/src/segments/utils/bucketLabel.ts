import type { TFunction } from 'i18next';

import { enumValueLabel, type SchemeClasses } from './enumValueLabel';

// bucketLabel names a bucket of a composition or a scheme's distribution:
// a class or an enum value by its name, yes or no, and the clients with
// no value as unclassified (a scheme's class) or as having none.
export function bucketLabel(
  t: TFunction,
  language: string,
  dimension: { key: string; type: string },
  value: string | null,
  schemes: readonly SchemeClasses[] = [],
): string {
  const isClass = dimension.key.startsWith('class_') || schemes.some((s) => s.dimensionKey === dimension.key);
  if (value === null) return t(isClass ? 'pages.segments.composition.unclassified' : 'pages.segments.composition.noValue');
  if (dimension.type === 'BOOLEAN') return value === 'true' ? t('common.yes') : value === 'false' ? t('common.no') : value;
  return enumValueLabel(t, language, dimension.key, value, schemes);
}
