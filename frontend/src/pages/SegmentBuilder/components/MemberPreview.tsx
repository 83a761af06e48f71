import { useQuery } from '@apollo/client/react';
import { Card, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ClientStatusTag } from '../../../components/ClientStatusTag';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { CustomerStatus, SegmentMemberRowFragment } from '../../../gql/graphql';
import { nodes } from '../../../utils/nodes';
import { SEGMENT_MEMBERS } from '../graphql/segmentMembers';

const PREVIEW_SIZE = 20;

export interface MemberPreviewProps {
  // The rule as last counted; nothing is shown before there is one.
  rule: string | null;
}

// MemberPreview lists the first members of the rule being edited, by
// client number; each opens the client's page.
export function MemberPreview({ rule }: MemberPreviewProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(SEGMENT_MEMBERS, { variables: { rule: rule ?? '', first: PREVIEW_SIZE }, skip: !rule });
  const k = (key: string) => t(`pages.segmentBuilder.members.${key}`);
  const columns: TableProps<SegmentMemberRowFragment>['columns'] = [
    {
      title: k('clientNo'),
      dataIndex: 'clientNo',
      render: (no: string, r) => (
        <Link to={`/clients/${r.id}`} data-testid="segment-member-link">
          {no}
        </Link>
      ),
    },
    { title: k('name'), dataIndex: 'name' },
    { title: k('status'), dataIndex: 'status', render: (s: CustomerStatus) => <ClientStatusTag status={s} /> },
    { title: k('branch'), key: 'branch', render: (_, r) => r.branch.name },
    { title: k('advisor'), key: 'advisor', render: (_, r) => r.advisor?.displayName ?? '—' },
  ];
  const total = data?.segmentMembers.totalCount ?? 0;
  return (
    <Card size="small" title={k('title')}>
      {error && <ErrorAlert error={error} />}
      <Table<SegmentMemberRowFragment>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={rule ? nodes(data?.segmentMembers) : []}
        pagination={false}
        data-testid="segment-members"
      />
      {rule && total > PREVIEW_SIZE && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('pages.segmentBuilder.members.more', { shown: PREVIEW_SIZE, count: total })}
        </Typography.Text>
      )}
    </Card>
  );
}
