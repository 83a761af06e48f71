import { Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

import { changeText, fieldLabel } from '../utils/changeText';
import { fieldRank } from '../utils/productFields';

// ProductChange is one field a version changed, as every query of a
// version's changes asks for it.
export interface ProductChange {
  field: string;
  from: string;
  to: string;
}

export interface ProductChangesProps {
  changes: readonly ProductChange[];
  // table: a reviewer's side-by-side view; inline: one line per field, in a history.
  variant?: 'table' | 'inline';
}

const cell = { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;

// ProductChanges shows what a change did to each field, before and after,
// in the editor's order of the fields.
export function ProductChanges({ changes, variant = 'table' }: ProductChangesProps) {
  const { t } = useTranslation();
  const rows = [...changes].sort((a, b) => fieldRank(a.field) - fieldRank(b.field) || a.field.localeCompare(b.field));
  if (variant === 'inline') {
    return (
      <div data-testid="product-changes">
        {rows.map((c) => (
          <div key={c.field} style={cell} data-testid={`change-${c.field}`}>
            <Typography.Text strong>{fieldLabel(t, c.field)}</Typography.Text>: <Typography.Text type="secondary">{changeText(t, c.field, c.from)}</Typography.Text>
            {' → '}
            {changeText(t, c.field, c.to)}
          </div>
        ))}
      </div>
    );
  }
  return (
    <Table<ProductChange>
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="product-changes"
      onRow={(c) => ({ 'data-testid': `change-${c.field}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('pages.productReview.field'), dataIndex: 'field', width: 180, render: (f: string) => fieldLabel(t, f) },
        {
          title: t('pages.productReview.from'),
          key: 'from',
          render: (_, c) => (
            <Typography.Text type="secondary" style={cell}>
              {changeText(t, c.field, c.from)}
            </Typography.Text>
          ),
        },
        { title: t('pages.productReview.to'), key: 'to', render: (_, c) => <span style={cell}>{changeText(t, c.field, c.to)}</span> },
      ]}
    />
  );
}
