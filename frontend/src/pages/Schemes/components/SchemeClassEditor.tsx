import { Button, Card, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { RuleEditorDimensionFragment } from '../../../gql/graphql';
import { RuleEditor } from '../../../segments/components/RuleEditor';
import type { RuleMessage } from '../../../segments/types/ruleMessage';
import type { SchemeClasses } from '../../../segments/utils/enumValueLabel';
import type { ClassDraft } from '../utils/classDrafts';

export interface SchemeClassEditorProps {
  index: number;
  count: number;
  value: ClassDraft;
  onChange: (value: ClassDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  dimensions: readonly RuleEditorDimensionFragment[];
  schemes: readonly SchemeClasses[];
  // What is wrong with the class itself, and with its rule by path.
  classProblems: string[];
  ruleProblems: ReadonlyMap<string, RuleMessage[]>;
}

// SchemeClassEditor edits one class of a scheme: its key, its names in
// both languages and its rule; it can be moved up or down (clients are in
// the first class whose rule they satisfy) or removed.
export function SchemeClassEditor(props: SchemeClassEditorProps) {
  const { index, count, value, onChange, onMove, onRemove, dimensions, schemes, classProblems, ruleProblems } = props;
  const { t } = useTranslation();
  const k = (key: string) => t(`pages.schemes.editor.${key}`);
  return (
    <Card
      size="small"
      title={t('pages.schemes.editor.classTitle', { n: index + 1 })}
      extra={
        <Space>
          <Button size="small" disabled={index === 0} onClick={() => onMove(-1)}>
            {k('up')}
          </Button>
          <Button size="small" disabled={index === count - 1} onClick={() => onMove(1)}>
            {k('down')}
          </Button>
          <Button size="small" danger onClick={onRemove}>
            {k('removeClass')}
          </Button>
        </Space>
      }
      data-testid="scheme-class"
    >
      <Space wrap style={{ marginBottom: 8 }}>
        {(['key', 'nameZh', 'nameEn'] as const).map((field) => (
          <Space.Compact key={field}>
            <Space.Addon>{k(field)}</Space.Addon>
            <Input
              value={value[field]}
              onChange={(e) => onChange({ ...value, [field]: e.target.value })}
              style={{ width: field === 'key' ? 120 : 180 }}
              data-testid={`scheme-class-${field}`}
            />
          </Space.Compact>
        ))}
      </Space>
      {classProblems.map((p) => (
        <Typography.Text key={p} type="danger" style={{ display: 'block', fontSize: 12 }}>
          {p}
        </Typography.Text>
      ))}
      <RuleEditor
        value={value.rule}
        onChange={(rule) => onChange({ ...value, rule })}
        dimensions={dimensions}
        schemes={schemes}
        problems={ruleProblems}
      />
    </Card>
  );
}
