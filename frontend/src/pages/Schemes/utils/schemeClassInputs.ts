import type { SchemeClassInput } from '../../../gql/graphql';
import { simplifyRoot } from '../../../segments/utils/simplifyRoot';
import { toRuleJson, type DimensionType } from '../../../segments/utils/toRuleJson';
import type { ClassDraft } from './classDrafts';

// schemeClassInputs writes the edited classes for updateClassificationScheme,
// in their order (a client is in the first class whose rule holds), each
// rule as JSON with a lone condition written alone.
export function schemeClassInputs(classes: readonly ClassDraft[], dimensions: ReadonlyMap<string, DimensionType>): SchemeClassInput[] {
  return classes.map((c) => ({
    key: c.key.trim(),
    nameZh: c.nameZh.trim(),
    nameEn: c.nameEn.trim(),
    rule: JSON.stringify(simplifyRoot(toRuleJson(c.rule, dimensions))),
  }));
}
