import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';

import type { RuleEditorDimensionFragment } from '../../gql/graphql';
import type { GroupDraft, GroupOp, RuleDraft } from '../types/ruleDraft';
import type { RuleMessage } from '../types/ruleMessage';
import { childPath } from '../utils/childPath';
import type { SchemeClasses } from '../utils/enumValueLabel';
import { newCondition, newGroup } from '../utils/newRuleNodes';
import { RuleConditionEditor } from './RuleConditionEditor';
import { RuleProblems } from './RuleProblems';

const GROUP_OPS: GroupOp[] = ['AND', 'OR', 'NOT'];
// Groups nest at most this deep (package segment counts the root as 1).
const MAX_DEPTH = 10;

export interface RuleGroupEditorProps {
  group: GroupDraft;
  onChange: (group: GroupDraft) => void;
  // Absent for the root, which cannot be removed.
  onRemove?: () => void;
  path: string;
  depth: number;
  dimensions: readonly RuleEditorDimensionFragment[];
  byKey: ReadonlyMap<string, RuleEditorDimensionFragment>;
  schemes?: readonly SchemeClasses[];
  problems: ReadonlyMap<string, RuleMessage[]>;
  disabled?: boolean;
}

// RuleGroupEditor edits a group: whether all (AND), any (OR) or none (NOT,
// of its one rule) of its rules must hold, and its rules, conditions and
// groups nested in it, each of which can be added and removed.
export function RuleGroupEditor(props: RuleGroupEditorProps) {
  const { group, onChange, onRemove, path, depth, problems, disabled } = props;
  const { t } = useTranslation();
  const setRule = (i: number, rule: RuleDraft) => onChange({ ...group, rules: group.rules.map((r, j) => (j === i ? rule : r)) });
  const removeRule = (i: number) => onChange({ ...group, rules: group.rules.filter((_, j) => j !== i) });
  const canAdd = !disabled && !(group.op === 'NOT' && group.rules.length >= 1);

  return (
    <div
      data-testid="rule-group"
      style={{
        border: '1px solid #d9d9d9',
        borderLeft: `3px solid ${group.op === 'OR' ? '#fa8c16' : group.op === 'NOT' ? '#cf1322' : '#1677ff'}`,
        borderRadius: 6,
        padding: 12,
        background: depth % 2 === 0 ? '#fafafa' : '#fff',
      }}
    >
      <Space wrap style={{ marginBottom: 8 }}>
        <Select
          value={group.op}
          onChange={(op: GroupOp) => onChange({ ...group, op })}
          options={GROUP_OPS.map((op) => ({ value: op, label: t(`pages.segments.rule.groupOps.${op}`) }))}
          disabled={disabled}
          style={{ width: 180 }}
          data-testid="rule-group-op"
        />
        {canAdd && (
          <Button size="small" onClick={() => onChange({ ...group, rules: [...group.rules, newCondition()] })} data-testid="rule-add-condition">
            {t('pages.segments.rule.addCondition')}
          </Button>
        )}
        {canAdd && depth < MAX_DEPTH && (
          <Button size="small" onClick={() => onChange({ ...group, rules: [...group.rules, newGroup()] })} data-testid="rule-add-group">
            {t('pages.segments.rule.addGroup')}
          </Button>
        )}
        {onRemove && !disabled && (
          <Button size="small" danger onClick={onRemove} data-testid="rule-remove-group">
            {t('pages.segments.rule.removeGroup')}
          </Button>
        )}
      </Space>
      <RuleProblems messages={problems.get(path)} />
      <Space vertical size={8} style={{ width: '100%' }}>
        {group.rules.map((rule, i) => {
          const at = childPath(path, i);
          return rule.kind === 'group' ? (
            <RuleGroupEditor
              {...props}
              key={rule.id}
              group={rule}
              onChange={(g) => setRule(i, g)}
              onRemove={() => removeRule(i)}
              path={at}
              depth={depth + 1}
            />
          ) : (
            <RuleConditionEditor
              key={rule.id}
              condition={rule}
              onChange={(c) => setRule(i, c)}
              onRemove={() => removeRule(i)}
              dimensions={props.dimensions}
              byKey={props.byKey}
              schemes={props.schemes}
              problems={problems.get(at)}
              disabled={disabled}
            />
          );
        })}
      </Space>
    </div>
  );
}
