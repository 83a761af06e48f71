import { localized } from '../../utils/localized';

// dimensionName is a dimension's (or a scheme's, or a class's) name in the
// interface language.
export function dimensionName(named: { nameZh: string; nameEn: string }, language: string): string {
  return localized({ zh: named.nameZh, en: named.nameEn }, language);
}
