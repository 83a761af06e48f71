import { useQuery } from '@apollo/client/react';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { productNode } from '../../products/utils/productNode';
import { errorCode } from '../../utils/errors';
import { ProductEditor } from './components/ProductEditor';
import { PRODUCT_EDITOR } from './graphql/productEditor';

// ProductEditorPage is where a product manager creates a product
// (/products/new) or changes a draft (/products/:id/edit), and submits it
// for compliance's review. The product is loaded fresh from the server:
// its version is the one the update is made against.
export function ProductEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { data, loading, error, refetch } = useQuery(PRODUCT_EDITOR, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  if (!id) return <ProductEditor product={null} />;
  if (loading && !data) return <PageLoading />;
  const product = productNode(data?.node);
  if (!product && (!error || errorCode(error) === 'NOT_FOUND')) {
    return (
      <Result
        status="404"
        title={t('pages.productDetail.notFound')}
        extra={
          <Link to="/products">
            <Button>{t('pages.productDetail.back')}</Button>
          </Link>
        }
      />
    );
  }
  if (!product) return <ErrorAlert error={error} />;
  return (
    <ProductEditor
      product={product}
      onReload={async () => {
        const { data: fresh } = await refetch();
        return productNode(fresh?.node);
      }}
    />
  );
}
