import { useQuery } from '@apollo/client/react';
import { Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { canCreateSegment } from '../../access';
import { useViewer } from '../../auth/viewerContext';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUrlState } from '../../hooks/useUrlState';
import { nodes } from '../../utils/nodes';
import { SavedSegmentTable } from './components/SavedSegmentTable';
import { SAVED_SEGMENTS } from './graphql/savedSegments';

const PAGE_SIZE = 20;

// SegmentsPage lists the saved segments the viewer may read (their own,
// their branch's, those shared with all), latest changed first, and
// starts a new one.
export function SegmentsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const { cursor, setCursor } = useUrlState();
  const { data, loading, error } = useQuery(SAVED_SEGMENTS, {
    variables: cursor.before ? { last: PAGE_SIZE, before: cursor.before } : { first: PAGE_SIZE, after: cursor.after },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Card
      title={t('pages.segments.title')}
      extra={
        canCreateSegment(viewer.role) && (
          <Button type="primary" onClick={() => navigate('/segments/new')} data-testid="segment-create">
            {t('pages.segments.create')}
          </Button>
        )
      }
    >
      {error && <ErrorAlert error={error} />}
      <SavedSegmentTable rows={nodes(data?.savedSegments)} loading={loading && !data} />
      <Space style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary" data-testid="segment-total">
          {t('pages.segments.total', { count: data?.savedSegments.totalCount ?? 0 })}
        </Typography.Text>
        <CursorPager pageInfo={data?.savedSegments.pageInfo} cursor={cursor} onChange={setCursor} />
      </Space>
    </Card>
  );
}
