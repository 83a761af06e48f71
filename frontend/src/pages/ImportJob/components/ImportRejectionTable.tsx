import { useQuery } from '@apollo/client/react';
import { Card, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CursorPager } from '../../../components/CursorPager';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ImportRejectionReason, ImportRejectionsQuery } from '../../../gql/graphql';
import type { ListCursor } from '../../../hooks/useUrlState';
import { usePollWhile } from '../../../hooks/usePollWhile';
import { importJobNode, type ImportJobNode } from '../../../imports/utils/importJobNode';
import { IMPORT_POLL_MS } from '../../../imports/utils/importPolling';
import { nodes, type NodeOf } from '../../../utils/nodes';
import { IMPORT_REJECTIONS } from '../graphql/importRejections';

const PAGE_SIZE = 50;

type Rejection = NodeOf<ImportJobNode<ImportRejectionsQuery>['rejections']>;

export interface ImportRejectionTableProps {
  jobId: string;
  // While the job runs, rejections keep coming.
  running: boolean;
}

// ImportRejectionTable lists the rows of the file a job rejected, in the
// file's order: where, what value and why.
export function ImportRejectionTable({ jobId, running }: ImportRejectionTableProps) {
  const { t } = useTranslation();
  const k = (key: string) => t(`pages.importJob.${key}`);
  const [cursor, setCursor] = useState<ListCursor>({});
  const query = useQuery(IMPORT_REJECTIONS, {
    variables: { id: jobId, ...(cursor.before ? { last: PAGE_SIZE, before: cursor.before } : { first: PAGE_SIZE, after: cursor.after }) },
  });
  usePollWhile(running, query, IMPORT_POLL_MS);
  const rejections = importJobNode(query.data?.node)?.rejections;
  const rows: Rejection[] = nodes(rejections);

  const columns: TableProps<Rejection>['columns'] = [
    { title: k('line'), dataIndex: 'line', width: 80, align: 'right' },
    { title: k('column'), dataIndex: 'column', width: 160, render: (c?: string | null) => (c ? <code>{c}</code> : '—') },
    { title: k('value'), dataIndex: 'value', width: 200, ellipsis: true, render: (v?: string | null) => v || '—' },
    {
      title: k('reason'),
      dataIndex: 'reason',
      width: 200,
      render: (r: ImportRejectionReason) => <span data-testid="rejection-reason">{t(`enums.importRejectionReason.${r}`)}</span>,
    },
    { title: k('message'), dataIndex: 'message', render: (m: string) => <Typography.Text type="secondary">{m}</Typography.Text> },
  ];

  return (
    <Card title={k('rejections')}>
      {query.error && <ErrorAlert error={query.error} />}
      <Table<Rejection>
        rowKey="id"
        size="small"
        loading={query.loading && !query.data}
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: k('noRejections') }}
        data-testid="rejection-table"
      />
      <Space style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary" data-testid="rejection-total">
          {t('pages.importJob.rejectionsTotal', { count: rejections?.totalCount ?? 0 })}
        </Typography.Text>
        <CursorPager pageInfo={rejections?.pageInfo} cursor={cursor} onChange={setCursor} />
      </Space>
    </Card>
  );
}
