import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';

import type { RuleEditorDimensionFragment } from '../../gql/graphql';
import type { ConditionDraft } from '../types/ruleDraft';
import type { RuleMessage } from '../types/ruleMessage';
import type { SchemeClasses } from '../utils/enumValueLabel';
import { fitValue } from '../utils/fitValue';
import { valueShape } from '../utils/valueShape';
import { DimensionPicker } from './DimensionPicker';
import { RuleProblems } from './RuleProblems';
import { RuleValueInput } from './RuleValueInput';

export interface RuleConditionEditorProps {
  condition: ConditionDraft;
  onChange: (condition: ConditionDraft) => void;
  onRemove: () => void;
  dimensions: readonly RuleEditorDimensionFragment[];
  byKey: ReadonlyMap<string, RuleEditorDimensionFragment>;
  schemes?: readonly SchemeClasses[];
  problems?: RuleMessage[];
  disabled?: boolean;
}

// RuleConditionEditor edits one condition: a dimension, one of the
// operators it allows, and a value fitting both. Choosing another
// dimension keeps the operator if it is allowed, and the value if the
// type is the same; choosing another operator keeps what still fits.
export function RuleConditionEditor({
  condition,
  onChange,
  onRemove,
  dimensions,
  byKey,
  schemes,
  problems,
  disabled,
}: RuleConditionEditorProps) {
  const { t } = useTranslation();
  const dim = byKey.get(condition.dimension);
  const status = problems?.some((p) => !p.incomplete) ? ('error' as const) : undefined;

  function chooseDimension(key: string) {
    const next = byKey.get(key);
    if (!next) return;
    const op = next.operators.includes(condition.op) ? condition.op : (next.operators[0] ?? '');
    const sameType = dim !== undefined && dim.type === next.type && next.type !== 'ENUM';
    const before = valueShape(dim?.type, condition.op);
    const after = valueShape(next.type, op);
    onChange({ ...condition, dimension: key, op, value: fitValue(condition.value, after, sameType && before.input === after.input) });
  }

  function chooseOperator(op: string) {
    const before = valueShape(dim?.type, condition.op);
    const after = valueShape(dim?.type, op);
    onChange({ ...condition, op, value: fitValue(condition.value, after, before.input === after.input) });
  }

  return (
    <div data-testid="rule-condition">
      <Space wrap align="start">
        <DimensionPicker value={condition.dimension} onChange={chooseDimension} dimensions={dimensions} disabled={disabled} status={status} />
        <Select
          value={condition.op || undefined}
          onChange={chooseOperator}
          options={(dim?.operators ?? []).map((op) => ({ value: op, label: t(`enums.segmentOperator.${op}`, { defaultValue: op }) }))}
          placeholder={t('pages.segments.rule.operator')}
          disabled={disabled || !dim}
          style={{ width: 130 }}
          popupMatchSelectWidth={false}
          data-testid="rule-operator"
        />
        {dim && (
          <RuleValueInput
            dimension={dim}
            op={condition.op}
            value={condition.value}
            onChange={(value) => onChange({ ...condition, value })}
            schemes={schemes}
            disabled={disabled}
            status={status}
          />
        )}
        {!disabled && (
          <Button type="text" danger onClick={onRemove} aria-label={t('pages.segments.rule.remove')} data-testid="rule-remove">
            ×
          </Button>
        )}
      </Space>
      <RuleProblems messages={problems} />
    </div>
  );
}
