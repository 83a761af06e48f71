import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Result, Row, Space, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';

import { actsForSelf, canEditProduct, canSeeProductHistory, canSeeProductTargets, canSellProducts } from '../../access';
import { useViewer } from '../../auth/viewerContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { BuyButton } from '../../orders/components/BuyButton';
import { SelfBuyButton } from '../../orders/components/SelfBuyButton';
import { ProductActions } from '../../products/components/ProductActions';
import { productNode } from '../../products/utils/productNode';
import { errorCode } from '../../utils/errors';
import { ProductDocuments } from './components/ProductDocuments';
import { ProductFigures } from './components/ProductFigures';
import { ProductHeader } from './components/ProductHeader';
import { ProductHistory } from './components/ProductHistory';
import { ProductNavChart } from './components/ProductNavChart';
import { ProductTargets } from './components/ProductTargets';
import { PRODUCT } from './graphql/product';

// ProductDetailPage is one product of the library: who it is, its key
// figures, NAV chart and documents, and, for those who curate, approve or
// oversee the library, its history. Product managers and compliance move
// it along its lifecycle from here.
export function ProductDetailPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, loading, error } = useQuery(PRODUCT, { variables: { id } });
  const back = (
    <Link to="/products">
      <Button>{t('pages.productDetail.back')}</Button>
    </Link>
  );
  if (loading && !data) return <PageLoading />;
  const product = productNode(data?.node);
  // A product the viewer may not see is reported exactly like a missing one.
  if (!product && (!error || errorCode(error) === 'NOT_FOUND')) {
    return <Result status="404" title={t('pages.productDetail.notFound')} extra={back} data-testid="product-not-found" />;
  }
  if (!product) return <ErrorAlert error={error} />;

  const overview = (
    <Space vertical size="large" style={{ width: '100%' }}>
      <ProductFigures product={product} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <ProductNavChart product={product} />
        </Col>
        <Col xs={24} lg={10}>
          <ProductDocuments product={product} />
        </Col>
      </Row>
    </Space>
  );
  const items = [
    { key: 'overview', label: t('pages.productDetail.tabs.overview'), children: overview },
    ...(canSeeProductHistory(viewer.role)
      ? [{ key: 'history', label: t('pages.productDetail.tabs.history'), children: <ProductHistory productId={product.id} /> }]
      : []),
    ...(canSeeProductTargets(viewer.role) && product.status === 'PUBLISHED'
      ? [{ key: 'targets', label: t('pages.productTargets.tab'), children: <ProductTargets productId={product.id} /> }]
      : []),
  ];
  const active = items.some((i) => i.key === params.get('tab')) ? params.get('tab')! : 'overview';

  return (
    <Space vertical size="large" style={{ width: '100%' }}>
      {back}
      {error && <ErrorAlert error={error} />}
      <ProductHeader
        product={product}
        actions={
          <Space wrap>
            {canEditProduct(viewer.role, product.status) && (
              <Link to={`/products/${product.id}/edit`}>
                <Button type="primary" data-testid="product-edit">
                  {t('pages.productDetail.edit')}
                </Button>
              </Link>
            )}
            {product.status === 'PUBLISHED' && canSellProducts(viewer.role) && <BuyButton product={product} />}
            {product.status === 'PUBLISHED' && actsForSelf(viewer.role) && <SelfBuyButton product={product} />}
            <ProductActions product={product} />
          </Space>
        }
      />
      {items.length > 1 ? (
        <Card>
          <Tabs
            activeKey={active}
            items={items}
            destroyOnHidden
            onChange={(tab) => setParams({ tab }, { replace: true })}
            data-testid="product-tabs"
          />
        </Card>
      ) : (
        overview
      )}
    </Space>
  );
}
