import { useQuery } from '@apollo/client/react';
import { Drawer, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { SchemeRevisionsQuery } from '../../../gql/graphql';
import { dimensionName } from '../../../segments/utils/dimensionName';
import { nodes, type NodeOf } from '../../../utils/nodes';
import { SCHEME_REVISIONS } from '../graphql/schemeRevisions';

const SHOWN = 50;

type Revisions = Extract<NonNullable<SchemeRevisionsQuery['node']>, { revisions: unknown }>['revisions'];
type Revision = NodeOf<Revisions>;

export interface SchemeRevisionsProps {
  schemeId: string;
  title: string;
  onClose: () => void;
}

// SchemeRevisions lists a scheme's versions, newest first: who set the
// classes (none for the standard scheme as installed), when, why, and
// which classes it had.
export function SchemeRevisions({ schemeId, title, onClose }: SchemeRevisionsProps) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(SCHEME_REVISIONS, { variables: { id: schemeId, first: SHOWN }, fetchPolicy: 'cache-and-network' });
  const node = data?.node;
  const revisions = node && 'revisions' in node ? nodes(node.revisions) : [];
  const k = (key: string) => t(`pages.schemes.revision.${key}`);
  return (
    <Drawer open title={title} size="large" onClose={onClose}>
      {error && <ErrorAlert error={error} />}
      <Table<Revision>
        rowKey="id"
        size="small"
        loading={loading && !data}
        pagination={false}
        dataSource={revisions}
        columns={[
          { title: k('version'), dataIndex: 'version', width: 70 },
          { title: k('changedBy'), key: 'changedBy', width: 120, render: (_, r) => r.changedBy?.displayName ?? k('system') },
          { title: k('changedAt'), dataIndex: 'changedAt', width: 150, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
          { title: k('note'), dataIndex: 'note', render: (note?: string | null) => note || '—' },
          {
            title: k('classes'),
            key: 'classes',
            render: (_, r) => r.classes.map((c) => dimensionName(c, i18n.language)).join('、'),
          },
        ]}
        data-testid="scheme-revision-table"
      />
    </Drawer>
  );
}
