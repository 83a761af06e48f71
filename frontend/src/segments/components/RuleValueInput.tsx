import { DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import type { RuleEditorDimensionFragment } from '../../gql/graphql';
import type { DraftValue, PeriodUnit } from '../types/ruleDraft';
import { enumValueLabel, type SchemeClasses } from '../utils/enumValueLabel';
import { unitLabel } from '../utils/unitLabel';
import { valueShape, type ValueInput } from '../utils/valueShape';

const PERIOD_UNITS: PeriodUnit[] = ['DAY', 'MONTH', 'YEAR'];

export interface RuleValueInputProps {
  dimension: RuleEditorDimensionFragment;
  op: string;
  value: DraftValue;
  onChange: (value: DraftValue) => void;
  schemes?: readonly SchemeClasses[];
  disabled?: boolean;
  status?: 'error';
}

interface SingleProps {
  input: ValueInput;
  dimension: RuleEditorDimensionFragment;
  text: string;
  onChange: (text: string) => void;
  enumOptions: { value: string; label: string }[];
  disabled?: boolean;
  status?: 'error';
  testId: string;
}

// SingleInput edits one value of the dimension's type as text: a decimal
// (never a float) or whole number with its unit, an enum value, a date, a
// tag name.
function SingleInput({ input, dimension, text, onChange, enumOptions, disabled, status, testId }: SingleProps) {
  const { t } = useTranslation();
  switch (input) {
    case 'enum':
      return (
        <Select
          value={text || undefined}
          onChange={onChange}
          options={enumOptions}
          placeholder={t('pages.segments.rule.value')}
          disabled={disabled}
          status={status}
          style={{ minWidth: 160 }}
          popupMatchSelectWidth={false}
          data-testid={testId}
        />
      );
    case 'date':
      return (
        <DatePicker
          value={text && dayjs(text, 'YYYY-MM-DD', true).isValid() ? dayjs(text, 'YYYY-MM-DD') : null}
          onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : '')}
          format="YYYY-MM-DD"
          disabled={disabled}
          status={status}
          data-testid={testId}
        />
      );
    default: {
      const unit = input === 'tag' ? '' : unitLabel(t, dimension.unit);
      return (
        <Input
          value={text}
          onChange={(e) => onChange(e.target.value)}
          inputMode={input === 'decimal' ? 'decimal' : input === 'integer' ? 'numeric' : undefined}
          suffix={unit || undefined}
          placeholder={t(input === 'tag' ? 'pages.segments.rule.tagName' : 'pages.segments.rule.value')}
          disabled={disabled}
          status={status}
          style={{ width: input === 'tag' ? 200 : 160 }}
          data-testid={testId}
        />
      );
    }
  }
}

// RuleValueInput edits a condition's value in the form its dimension's
// type and its operator take (see valueShape): nothing, one value, a range
// of two, a list (several enum values, or numbers typed one by one), a
// yes or no, or a period back from today.
export function RuleValueInput({ dimension, op, value, onChange, schemes, disabled, status }: RuleValueInputProps) {
  const { t, i18n } = useTranslation();
  const shape = valueShape(dimension.type, op);
  const enumOptions = (dimension.values ?? []).map((v) => ({ value: v, label: enumValueLabel(t, i18n.language, dimension.key, v, schemes) }));

  if (value.kind === 'raw') return <Input value={value.json} disabled style={{ width: 240 }} data-testid="rule-value" />;
  if (shape.arity === 'none') return null;

  if (shape.input === 'boolean') {
    return (
      <Select
        value={value.kind === 'flag' && value.value !== null ? String(value.value) : undefined}
        onChange={(v: string) => onChange({ kind: 'flag', value: v === 'true' })}
        options={[
          { value: 'true', label: t('common.yes') },
          { value: 'false', label: t('common.no') },
        ]}
        placeholder={t('pages.segments.rule.value')}
        disabled={disabled}
        status={status}
        style={{ width: 100 }}
        data-testid="rule-value"
      />
    );
  }

  if (shape.input === 'period') {
    const period = value.kind === 'period' ? value : { kind: 'period' as const, amount: '', unit: 'DAY' as PeriodUnit };
    return (
      <Space.Compact>
        <Input
          value={period.amount}
          onChange={(e) => onChange({ ...period, amount: e.target.value })}
          inputMode="numeric"
          placeholder={t('pages.segments.rule.amount')}
          disabled={disabled}
          status={status}
          style={{ width: 90 }}
          data-testid="rule-value"
        />
        <Select
          value={period.unit}
          onChange={(unit: PeriodUnit) => onChange({ ...period, unit })}
          options={PERIOD_UNITS.map((u) => ({ value: u, label: t(`enums.periodUnit.${u}`) }))}
          disabled={disabled}
          style={{ width: 90 }}
          data-testid="rule-period-unit"
        />
      </Space.Compact>
    );
  }

  if (shape.arity === 'many') {
    const items = value.kind === 'list' ? value.items : [];
    const isEnum = shape.input === 'enum';
    return (
      <Select
        mode={isEnum ? 'multiple' : 'tags'}
        value={items}
        onChange={(next: string[]) => onChange({ kind: 'list', items: next.map((s) => s.trim()).filter(Boolean) })}
        options={isEnum ? enumOptions : []}
        tokenSeparators={isEnum ? undefined : [',', '，', ' ']}
        placeholder={t(isEnum ? 'pages.segments.rule.values' : 'pages.segments.rule.valuesTyped')}
        disabled={disabled}
        status={status}
        style={{ minWidth: 220 }}
        popupMatchSelectWidth={false}
        open={isEnum ? undefined : false}
        data-testid="rule-value"
      />
    );
  }

  const single = (text: string, change: (text: string) => void, testId: string) => (
    <SingleInput
      input={shape.input}
      dimension={dimension}
      text={text}
      onChange={change}
      enumOptions={enumOptions}
      disabled={disabled}
      status={status}
      testId={testId}
    />
  );

  if (shape.arity === 'two') {
    const range = value.kind === 'range' ? value : { kind: 'range' as const, low: '', high: '' };
    return (
      <Space size={4}>
        {single(range.low, (low) => onChange({ ...range, low }), 'rule-value-low')}
        <span>{t('pages.segments.rule.to')}</span>
        {single(range.high, (high) => onChange({ ...range, high }), 'rule-value-high')}
      </Space>
    );
  }

  const text = value.kind === 'single' ? value.text : '';
  return single(text, (next) => onChange({ kind: 'single', text: next }), 'rule-value');
}
