import { useQuery } from '@apollo/client/react';
import { Card, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { nodes } from '../../../utils/nodes';
import { SEGMENT_SNAPSHOTS } from '../graphql/segmentSnapshots';
import { savedSegmentNode } from '../utils/savedSegmentNode';

const SHOWN = 10;

export interface SegmentSnapshotsProps {
  segmentId: string;
}

// SegmentSnapshots lists the latest snapshots of a saved segment: when its
// membership was frozen, and how many members it had.
export function SegmentSnapshots({ segmentId }: SegmentSnapshotsProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(SEGMENT_SNAPSHOTS, { variables: { id: segmentId, first: SHOWN } });
  const snapshots = nodes(savedSegmentNode(data?.node)?.snapshots);
  const k = (key: string) => t(`pages.segmentBuilder.snapshots.${key}`);
  return (
    <Card size="small" title={k('title')}>
      {error && <ErrorAlert error={error} />}
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={snapshots}
        locale={{ emptyText: k('none') }}
        columns={[
          { title: k('takenAt'), dataIndex: 'takenAt', render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
          { title: k('memberCount'), dataIndex: 'memberCount', align: 'right', render: (n: number) => n.toLocaleString() },
        ]}
        data-testid="segment-snapshots"
      />
    </Card>
  );
}
