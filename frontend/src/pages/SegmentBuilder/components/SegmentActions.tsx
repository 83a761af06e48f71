import { useMutation } from '@apollo/client/react';
import { App, Button, Dropdown, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { canEditSegment, canSellProducts } from '../../../access';
import { useViewer } from '../../../auth/viewerContext';
import type { SavedSegmentDetailFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../utils/errors';
import { DELETE_SAVED_SEGMENT } from '../graphql/deleteSavedSegment';
import { REFRESH_SAVED_SEGMENT } from '../graphql/refreshSavedSegment';
import { SNAPSHOT_SAVED_SEGMENT } from '../graphql/snapshotSavedSegment';
import { downloadSegmentExport, type ExportFormat } from '../utils/downloadSegmentExport';
import { PushProductModal } from './PushProductModal';

export interface SegmentActionsProps {
  segment: SavedSegmentDetailFragment;
}

// SegmentActions are what can be done with a saved segment: count its
// members again and keep the count, freeze its membership in a snapshot,
// export its members, push a product to them, delete it. Each is offered
// to those the server lets do it.
export function SegmentActions({ segment }: SegmentActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const viewer = useViewer();
  const editable = canEditSegment(viewer, segment.owner.id);
  const [pushing, setPushing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [refresh, refreshing] = useMutation(REFRESH_SAVED_SEGMENT);
  const [snapshot, snapshotting] = useMutation(SNAPSHOT_SAVED_SEGMENT, {
    update: (cache) => {
      cache.evict({ id: cache.identify({ __typename: 'SavedSegment', id: segment.id }), fieldName: 'snapshots' });
      cache.gc();
    },
  });
  const [remove, removing] = useMutation(DELETE_SAVED_SEGMENT, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'savedSegments' });
      cache.evict({ id: cache.identify({ __typename: 'SavedSegment', id: segment.id }) });
      cache.gc();
    },
  });
  const k = (key: string) => t(`pages.segmentBuilder.actions.${key}`);

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      void message.success(done);
    } catch (err) {
      void message.error(errorMessage(t, err));
    }
  }

  async function exportAs(format: ExportFormat) {
    setExporting(true);
    try {
      await downloadSegmentExport(segment.id, format);
    } catch {
      void message.error(k('exportFailed'));
    } finally {
      setExporting(false);
    }
  }

  return (
    <Space wrap>
      {editable && (
        <Button
          loading={refreshing.loading}
          onClick={() => void run(() => refresh({ variables: { id: segment.id } }), k('refreshed'))}
          data-testid="segment-refresh"
        >
          {k('refresh')}
        </Button>
      )}
      <Button
        loading={snapshotting.loading}
        onClick={() => void run(() => snapshot({ variables: { id: segment.id } }), k('snapshotTaken'))}
        data-testid="segment-snapshot"
      >
        {k('snapshot')}
      </Button>
      <Dropdown
        menu={{
          items: [
            { key: 'csv', label: k('exportCsv') },
            { key: 'xlsx', label: k('exportXlsx') },
          ],
          onClick: ({ key }) => void exportAs(key as ExportFormat),
        }}
      >
        <Button loading={exporting} data-testid="segment-export">
          {k('export')}
        </Button>
      </Dropdown>
      {canSellProducts(viewer.role) && (
        <Button onClick={() => setPushing(true)} data-testid="segment-push">
          {k('push')}
        </Button>
      )}
      {editable && (
        <Popconfirm
          title={k('deleteConfirm')}
          onConfirm={() =>
            run(async () => {
              await remove({ variables: { id: segment.id } });
              navigate('/segments', { replace: true });
            }, k('deleted'))
          }
        >
          <Button danger loading={removing.loading} data-testid="segment-delete">
            {k('delete')}
          </Button>
        </Popconfirm>
      )}
      {pushing && <PushProductModal segmentId={segment.id} onClose={() => setPushing(false)} />}
    </Space>
  );
}
