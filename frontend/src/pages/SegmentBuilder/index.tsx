import { useQuery } from '@apollo/client/react';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { useSegmentCatalogue } from '../../segments/hooks/useSegmentCatalogue';
import { errorCode } from '../../utils/errors';
import { SegmentBuilder } from './components/SegmentBuilder';
import { SAVED_SEGMENT } from './graphql/savedSegment';
import { savedSegmentNode } from './utils/savedSegmentNode';

// SegmentBuilderPage is where a segment is built (/segments/new) or a saved
// one opened (/segments/:id): its rule, live count, composition and first
// members, and what can be done with it.
export function SegmentBuilderPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const catalogue = useSegmentCatalogue();
  const saved = useQuery(SAVED_SEGMENT, { variables: { id: id ?? '' }, skip: !id });
  if (catalogue.loading || (id && saved.loading && !saved.data)) return <PageLoading />;
  if (catalogue.error) return <ErrorAlert error={catalogue.error} />;
  const segment = savedSegmentNode(saved.data?.node);
  if (id && !segment) {
    if (saved.error && errorCode(saved.error) !== 'NOT_FOUND') return <ErrorAlert error={saved.error} />;
    return (
      <Result
        status="404"
        title={t('pages.segmentBuilder.notFound')}
        extra={
          <Link to="/segments">
            <Button>{t('pages.segmentBuilder.back')}</Button>
          </Link>
        }
      />
    );
  }
  return (
    <SegmentBuilder
      key={segment?.id ?? 'new'}
      segment={segment}
      dimensions={catalogue.dimensions}
      byKey={catalogue.byKey}
      schemes={catalogue.schemes}
    />
  );
}
