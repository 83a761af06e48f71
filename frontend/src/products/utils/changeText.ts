import type { TFunction } from 'i18next';

// The fields whose recorded values are enum names, and the locale group
// that names them.
const ENUM_FIELDS: Record<string, string> = {
  type: 'enums.productType',
  riskLevel: 'enums.riskLevel',
  horizon: 'enums.horizon',
  variety: 'enums.variety',
};

const BOOLEAN_FIELDS = new Set(['professionalOnly', 'qualifiedOnly', 'refuseMismatch']);

// changeText is a value of a version's change (recorded by the server as
// text, "" for none) in words: enum names and yes/no translated, the rest
// as recorded.
export function changeText(t: TFunction, field: string, value: string): string {
  if (value === '') return '—';
  const group = ENUM_FIELDS[field];
  if (group) return t(`${group}.${value}`, { defaultValue: value });
  if (BOOLEAN_FIELDS.has(field)) return value === 'true' ? t('common.yes') : value === 'false' ? t('common.no') : value;
  return value;
}

// fieldLabel names a product field, or shows the server's name for one the
// catalogue does not know.
export function fieldLabel(t: TFunction, field: string): string {
  return t(`pages.products.fields.${field}`, { defaultValue: field });
}
