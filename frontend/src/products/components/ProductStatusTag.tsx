import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ProductStatus } from '../../gql/graphql';

const STATUS_COLORS: Record<ProductStatus, string> = {
  DRAFT: 'default',
  IN_REVIEW: 'processing',
  PUBLISHED: 'success',
  SUSPENDED: 'warning',
  RETIRED: 'error',
};

export interface ProductStatusTagProps {
  status: ProductStatus;
}

// ProductStatusTag shows where a product is in its lifecycle, in its colour.
export function ProductStatusTag({ status }: ProductStatusTagProps) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="product-status">
      {t(`enums.productStatus.${status}`)}
    </Tag>
  );
}
