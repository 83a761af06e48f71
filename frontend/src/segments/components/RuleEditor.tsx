import { useMemo } from 'react';

import type { RuleEditorDimensionFragment } from '../../gql/graphql';
import type { GroupDraft } from '../types/ruleDraft';
import type { RuleMessage } from '../types/ruleMessage';
import type { SchemeClasses } from '../utils/enumValueLabel';
import { rulePaths } from '../utils/rulePaths';
import { RuleGroupEditor } from './RuleGroupEditor';

export interface RuleEditorProps {
  value: GroupDraft;
  onChange: (value: GroupDraft) => void;
  dimensions: readonly RuleEditorDimensionFragment[];
  // Names the values of class dimensions.
  schemes?: readonly SchemeClasses[];
  // What is wrong, by the path of the node it is wrong with
  // (ruleProblemMessages); a path no node has is shown at the root.
  problems?: ReadonlyMap<string, RuleMessage[]>;
  disabled?: boolean;
}

// RuleEditor edits a segment rule as a tree of AND, OR and NOT groups and
// conditions. It holds no state: the draft is the caller's (parseRule,
// toRuleJson).
export function RuleEditor({ value, onChange, dimensions, schemes, problems, disabled }: RuleEditorProps) {
  const byKey = useMemo(() => new Map(dimensions.map((d) => [d.key, d])), [dimensions]);
  const placed = useMemo(() => {
    const paths = new Set(rulePaths(value));
    const out = new Map<string, RuleMessage[]>();
    for (const [path, messages] of problems ?? []) {
      const at = paths.has(path) ? path : '';
      out.set(at, [...(out.get(at) ?? []), ...messages]);
    }
    return out;
  }, [value, problems]);
  return (
    <div data-testid="rule-editor">
      <RuleGroupEditor
        group={value}
        onChange={onChange}
        path=""
        depth={1}
        dimensions={dimensions}
        byKey={byKey}
        schemes={schemes}
        problems={placed}
        disabled={disabled}
      />
    </div>
  );
}
