import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

import type { SalesOrderStatus } from '../../gql/graphql';
import { errorMessage } from '../../utils/errors';
import { CANCEL_ORDER } from '../graphql/cancelOrder';
import { inCoolingOff } from '../utils/inCoolingOff';

export interface CancelOrderButtonProps {
  order: { id: string; status: SalesOrderStatus; coolingOffUntil?: string | null };
}

// CancelOrderButton cancels a paid order in its cooling-off period, and
// refunds it; outside it, it shows nothing. The order's new status comes
// back into the cache.
export function CancelOrderButton({ order }: CancelOrderButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [cancel, { loading }] = useMutation(CANCEL_ORDER);
  if (!inCoolingOff(order)) return null;
  async function onCancel() {
    try {
      await cancel({ variables: { orderId: order.id } });
      void message.success(t('pages.order.cancelled'));
    } catch (err) {
      void message.error(errorMessage(t, err));
    }
  }
  return (
    <Popconfirm title={t('pages.order.cancelConfirm')} onConfirm={onCancel}>
      <Button size="small" danger loading={loading} data-testid="order-cancel">
        {t('pages.order.cancel')}
      </Button>
    </Popconfirm>
  );
}
