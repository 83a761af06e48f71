import type { TFunction } from 'i18next';

import { dimensionName } from './dimensionName';

// SchemeClasses is what naming a class dimension's values needs of its scheme.
export interface SchemeClasses {
  dimensionKey: string;
  classes: ReadonlyArray<{ key: string; nameZh: string; nameEn: string }>;
}

// The enum dimensions whose values the catalogue already names elsewhere.
const SHARED_GROUPS: Record<string, string> = {
  status: 'enums.status',
  kind: 'enums.customerKind',
  investor_class: 'enums.investorClass',
  risk_category: 'enums.riskCategory',
  max_product_risk: 'enums.riskLevel',
};

// enumValueLabel names a value of an ENUM dimension in the interface
// language: a scheme's class by its class name, a client field's value as
// the rest of the app names it, a computed dimension's value from
// enums.dimensionValue.<key>; a value nothing names is shown as it is.
export function enumValueLabel(
  t: TFunction,
  language: string,
  dimensionKey: string,
  value: string,
  schemes: readonly SchemeClasses[] = [],
): string {
  const scheme = schemes.find((s) => s.dimensionKey === dimensionKey);
  if (scheme) {
    const cls = scheme.classes.find((c) => c.key === value);
    return cls ? dimensionName(cls, language) : value;
  }
  const group = SHARED_GROUPS[dimensionKey] ?? `enums.dimensionValue.${dimensionKey}`;
  return t(`${group}.${value}`, { defaultValue: value });
}
