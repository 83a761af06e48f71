import { useQuery } from '@apollo/client/react';
import { Card, Col, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { canEditScheme } from '../../access';
import { useViewer } from '../../auth/viewerContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { useSegmentCatalogue } from '../../segments/hooks/useSegmentCatalogue';
import { dimensionName } from '../../segments/utils/dimensionName';
import { nodes } from '../../utils/nodes';
import { SchemeCard } from './components/SchemeCard';
import { SchemeEditor } from './components/SchemeEditor';
import { SchemeRevisions } from './components/SchemeRevisions';
import { SCHEMES } from './graphql/schemes';

// SchemesPage shows the classification schemes with how the viewer's
// clients fall into each one's classes, each scheme's revisions, and lets
// head office edit a scheme's classes.
export function SchemesPage() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  const editable = canEditScheme(viewer.role);
  const { data, loading, error, refetch } = useQuery(SCHEMES);
  const [editing, setEditing] = useState<string | null>(null);
  // The editor needs the dimensions: they are loaded when it opens.
  const catalogue = useSegmentCatalogue({ skip: editing === null });
  const [history, setHistory] = useState<string | null>(null);
  if (loading && !data) return <PageLoading />;
  const schemes = nodes(data?.classificationSchemes);
  const edited = schemes.find((s) => s.id === editing);
  const browsed = schemes.find((s) => s.id === history);
  return (
    <Card title={t('pages.schemes.title')}>
      {error && <ErrorAlert error={error} />}
      <Row gutter={[16, 16]}>
        {schemes.map((s) => (
          <Col key={s.id} xs={24} xl={12}>
            <SchemeCard scheme={s} onRevisions={() => setHistory(s.id)} onEdit={editable ? () => setEditing(s.id) : undefined} />
          </Col>
        ))}
      </Row>
      {edited && editable && !catalogue.loading && (
        catalogue.error ? (
          <ErrorAlert error={catalogue.error} />
        ) : (
          <SchemeEditor
            scheme={edited}
            dimensions={catalogue.dimensions}
            schemes={catalogue.schemes}
            onReload={async () => {
              const { data: fresh } = await refetch();
              return nodes(fresh?.classificationSchemes).find((s) => s.id === edited.id) ?? null;
            }}
            onClose={() => setEditing(null)}
          />
        )
      )}
      {browsed && (
        <SchemeRevisions
          schemeId={browsed.id}
          title={t('pages.schemes.revisionsTitle', { name: dimensionName(browsed, i18n.language) })}
          onClose={() => setHistory(null)}
        />
      )}
    </Card>
  );
}
