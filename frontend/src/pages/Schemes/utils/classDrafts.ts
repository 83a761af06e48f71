import type { GroupDraft } from '../../../segments/types/ruleDraft';
import { newGroup } from '../../../segments/utils/newRuleNodes';
import { nodeId } from '../../../segments/utils/nodeId';
import { parseRule } from '../../../segments/utils/parseRule';

// ClassDraft is one class of a scheme as the editor holds it.
export interface ClassDraft {
  id: string;
  key: string;
  nameZh: string;
  nameEn: string;
  rule: GroupDraft;
}

// classDrafts reads a scheme's classes into the editor; a rule that cannot
// be read starts empty (and fails validation until it is written again).
export function classDrafts(classes: ReadonlyArray<{ key: string; nameZh: string; nameEn: string; rule: string }>): ClassDraft[] {
  return classes.map((c) => {
    let rule: GroupDraft;
    try {
      rule = parseRule(c.rule);
    } catch {
      rule = newGroup();
    }
    return { id: nodeId(), key: c.key, nameZh: c.nameZh, nameEn: c.nameEn, rule };
  });
}
