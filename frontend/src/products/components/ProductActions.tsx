import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { productActions, type LifecycleAction } from '../../access';
import { useViewer } from '../../auth/viewerContext';
import type { ProductStatus } from '../../gql/graphql';
import { ProductActionModal } from './ProductActionModal';

const PRIMARY: LifecycleAction[] = ['SUBMIT', 'APPROVE', 'RESUME'];
const DANGER: LifecycleAction[] = ['REJECT', 'SUSPEND', 'RETIRE'];

export interface ProductActionsProps {
  product: { id: string; name: string; status: ProductStatus; submittedBy?: { id: string } | null };
  // Called once a move is made, e.g. to leave a page the move empties.
  onDone?: (action: LifecycleAction) => void;
}

// ProductActions offers the moves of the lifecycle the viewer may make on
// the product now (access.productActions, as the server decides them),
// each confirmed in a dialog.
export function ProductActions({ product, onDone }: ProductActionsProps) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [action, setAction] = useState<LifecycleAction | null>(null);
  const actions = productActions(viewer, product);
  if (actions.length === 0) return null;
  return (
    <>
      <Space wrap data-testid="product-actions">
        {actions.map((a) => (
          <Button
            key={a}
            type={PRIMARY.includes(a) ? 'primary' : 'default'}
            danger={DANGER.includes(a)}
            onClick={() => setAction(a)}
            data-testid={`product-action-${a}`}
          >
            {t(`enums.productAction.${a}`)}
          </Button>
        ))}
      </Space>
      <ProductActionModal product={product} action={action} onClose={() => setAction(null)} onDone={onDone} />
    </>
  );
}
