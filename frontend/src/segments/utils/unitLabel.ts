import type { TFunction } from 'i18next';

// The units the catalogue gives its dimensions, and their locale keys.
const UNIT_KEYS: Record<string, string> = {
  CNY: 'cny',
  '%': 'percent',
  '×': 'times',
  个: 'count',
  天: 'day',
  岁: 'age',
  月: 'month',
  次: 'occurrence',
  笔: 'trade',
  项: 'item',
  人: 'person',
  条: 'line',
  分: 'point',
};

// unitLabel names a dimension's unit in the interface language; a unit
// the catalogue does not list is shown as the server gave it.
export function unitLabel(t: TFunction, unit: string | null | undefined): string {
  if (!unit) return '';
  const key = UNIT_KEYS[unit];
  return key ? t(`pages.segments.units.${key}`) : unit;
}

// withUnit writes a value followed by its unit: a percentage or a multiple
// sticks to the number, other units as the language spaces them.
export function withUnit(t: TFunction, value: string, unit: string | null | undefined): string {
  if (!unit) return value;
  const label = unitLabel(t, unit);
  if (unit === '%' || unit === '×') return `${value}${label}`;
  return t('pages.segments.withUnit', { value, unit: label });
}
