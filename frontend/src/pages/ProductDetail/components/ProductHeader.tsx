import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProductHeaderFragment } from '../../../gql/graphql';
import { ProductRiskTag } from '../../../products/components/ProductRiskTag';
import { ProductStatusTag } from '../../../products/components/ProductStatusTag';

export interface ProductHeaderProps {
  product: ProductHeaderFragment;
  // What the viewer may do with the product: edit it, move it along.
  actions?: ReactNode;
}

// ProductHeader says which product this is and where it stands: name,
// code, type, risk level, status and version, issuer and manager, and who
// submitted it while it is in review.
export function ProductHeader({ product, actions }: ProductHeaderProps) {
  const { t } = useTranslation();
  const f = (key: string) => t(`pages.products.fields.${key}`);
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', alignItems: 'flex-start' }} wrap>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="product-name">
          {product.name} <ProductStatusTag status={product.status} />
        </Typography.Title>
        {actions}
      </Space>
      <Descriptions
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'code', label: f('code'), children: <span data-testid="product-code">{product.code}</span> },
          { key: 'type', label: f('type'), children: <Tag>{t(`enums.productType.${product.type}`)}</Tag> },
          { key: 'risk', label: f('riskLevel'), children: <ProductRiskTag level={product.riskLevel} /> },
          { key: 'issuer', label: f('issuer'), children: product.issuer },
          { key: 'manager', label: f('manager'), children: product.manager || t('pages.products.none') },
          {
            key: 'version',
            label: f('version'),
            children: <span data-testid="product-version">{t('pages.productDetail.version', { version: product.version })}</span>,
          },
          ...(product.status === 'IN_REVIEW' && product.submittedBy
            ? [
                { key: 'submittedBy', label: f('submittedBy'), children: product.submittedBy.displayName },
                {
                  key: 'submittedAt',
                  label: f('submittedAt'),
                  children: product.submittedAt ? dayjs(product.submittedAt).format('YYYY-MM-DD HH:mm') : t('pages.products.none'),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
