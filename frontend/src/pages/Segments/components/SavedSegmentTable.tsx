import { Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { SavedSegmentRowFragment, SavedSegmentVisibility } from '../../../gql/graphql';

const VISIBILITY_COLORS: Record<SavedSegmentVisibility, string> = { PRIVATE: 'default', BRANCH: 'blue', ALL: 'green' };

export interface SavedSegmentTableProps {
  rows: SavedSegmentRowFragment[];
  loading: boolean;
}

const when = (at?: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—');

// SavedSegmentTable lists saved segments: whom each is shared with, whose
// it is, how many members it had when last counted; a name opens it.
export function SavedSegmentTable({ rows, loading }: SavedSegmentTableProps) {
  const { t } = useTranslation();
  const k = (key: string) => t(`pages.segments.${key}`);
  const columns: TableProps<SavedSegmentRowFragment>['columns'] = [
    {
      title: k('name'),
      key: 'name',
      render: (_, r) => (
        <Link to={`/segments/${r.id}`} data-testid="segment-link">
          {r.name}
        </Link>
      ),
    },
    {
      title: k('visibility'),
      dataIndex: 'visibility',
      width: 120,
      render: (v: SavedSegmentVisibility) => <Tag color={VISIBILITY_COLORS[v]}>{t(`enums.savedSegmentVisibility.${v}`)}</Tag>,
    },
    { title: k('owner'), key: 'owner', width: 140, render: (_, r) => r.owner.displayName },
    {
      title: k('memberCount'),
      dataIndex: 'memberCount',
      width: 120,
      align: 'right',
      render: (n?: number | null) => (n === null || n === undefined ? '—' : n.toLocaleString()),
    },
    { title: k('countedAt'), dataIndex: 'countedAt', width: 160, render: when },
    { title: k('updatedAt'), dataIndex: 'updatedAt', width: 160, render: when },
  ];
  return (
    <Table<SavedSegmentRowFragment>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      data-testid="segment-table"
    />
  );
}
