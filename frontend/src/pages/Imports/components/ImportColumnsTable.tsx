import { Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ImportColumnsTableFragment } from '../../../gql/graphql';

export interface ImportColumnsTableProps {
  columns: ImportColumnsTableFragment[];
}

// ImportColumnsTable shows the columns a kind of file documents, so that
// whoever prepares the file knows what it needs. The descriptions are the
// server's, as the core systems' interface documents them.
export function ImportColumnsTable({ columns }: ImportColumnsTableProps) {
  const { t } = useTranslation();
  const k = (key: string) => t(`pages.imports.form.${key}`);
  const tableColumns: TableProps<ImportColumnsTableFragment>['columns'] = [
    { title: k('columnName'), dataIndex: 'name', width: 160, render: (name: string) => <code>{name}</code> },
    {
      title: k('columnRequired'),
      dataIndex: 'required',
      width: 80,
      render: (required: boolean) => (required ? <Tag color="red">{t('common.yes')}</Tag> : t('common.no')),
    },
    { title: k('columnDescription'), dataIndex: 'description' },
  ];
  return (
    <Table<ImportColumnsTableFragment>
      rowKey="name"
      size="small"
      columns={tableColumns}
      dataSource={columns}
      pagination={false}
      scroll={{ y: 240 }}
      data-testid="import-columns"
    />
  );
}
