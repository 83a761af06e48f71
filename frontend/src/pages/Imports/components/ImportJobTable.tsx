import { Table } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ImportJobKind, ImportJobRowFragment, ImportJobStatus } from '../../../gql/graphql';
import { ImportProgress } from '../../../imports/components/ImportProgress';
import { ImportStatusTag } from '../../../imports/components/ImportStatusTag';

export interface ImportJobTableProps {
  rows: ImportJobRowFragment[];
  loading: boolean;
}

const when = (at?: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm:ss') : '—');
// figure shows a count, marked by its field for the end-to-end tests.
const figure = (field: string) => (n: number) => <span data-testid={`import-${field}`}>{n.toLocaleString()}</span>;

// ImportJobTable lists import jobs: what was imported, how far each got
// and what it did. A job's file name opens its page.
export function ImportJobTable({ rows, loading }: ImportJobTableProps) {
  const { t } = useTranslation();
  const k = (key: string) => t(`pages.imports.${key}`);
  const columns: TableProps<ImportJobRowFragment>['columns'] = [
    { title: k('kind'), dataIndex: 'kind', width: 100, render: (kind: ImportJobKind) => t(`enums.importJobKind.${kind}`) },
    {
      title: k('fileName'),
      key: 'fileName',
      ellipsis: true,
      render: (_, r) => (
        <Link to={`/imports/${r.id}`} data-testid="import-link">
          {r.fileName}
        </Link>
      ),
    },
    { title: k('status'), dataIndex: 'status', width: 90, render: (s: ImportJobStatus) => <ImportStatusTag status={s} /> },
    { title: k('progress'), key: 'progress', width: 160, render: (_, r) => <ImportProgress status={r.status} percent={r.percent} size="small" /> },
    { title: k('linesDone'), dataIndex: 'linesDone', width: 100, align: 'right', render: figure('linesDone') },
    { title: k('inserted'), dataIndex: 'inserted', width: 80, align: 'right', render: figure('inserted') },
    { title: k('updated'), dataIndex: 'updated', width: 80, align: 'right', render: figure('updated') },
    { title: k('unchanged'), dataIndex: 'unchanged', width: 80, align: 'right', render: figure('unchanged') },
    { title: k('rejected'), dataIndex: 'rejected', width: 80, align: 'right', render: figure('rejected') },
    { title: k('startedAt'), dataIndex: 'startedAt', width: 160, render: when },
    { title: k('finishedAt'), dataIndex: 'finishedAt', width: 160, render: when },
    { title: k('dryRun'), dataIndex: 'dryRun', width: 80, render: (v: boolean) => t(v ? 'common.yes' : 'common.no') },
  ];
  return (
    <Table<ImportJobRowFragment>
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1400 }}
      data-testid="import-table"
    />
  );
}
