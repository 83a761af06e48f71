import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SuitabilityRecordChannel } from '../../gql/graphql';
import { OrderModal } from './OrderModal';

export interface BuyButtonProps {
  clientId?: string;
  product?: { id: string; name: string };
  channel?: SuitabilityRecordChannel;
}

// BuyButton opens a new order dialog (with its own idempotency key) each
// time it is pressed.
export function BuyButton({ clientId, product, channel }: BuyButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="order-buy">
        {t('pages.order.buy')}
      </Button>
      {open && <OrderModal clientId={clientId} product={product} channel={channel} onClose={() => setOpen(false)} />}
    </>
  );
}
