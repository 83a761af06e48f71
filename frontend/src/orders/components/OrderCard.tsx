import { useFragment } from '@apollo/client/react';
import { Descriptions, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import type { OrderCardFragment, SalesOrderStatus } from '../../gql/graphql';
import { formatDecimal } from '../../utils/decimal';
import { ORDER_CARD } from '../graphql/orderCard';
import { CancelOrderButton } from './CancelOrderButton';

const STATUS_COLORS: Record<SalesOrderStatus, string> = {
  PENDING: 'processing',
  PAID: 'success',
  PAYMENT_FAILED: 'error',
  CANCELLED: 'default',
  REJECTED: 'error',
};

export interface OrderCardProps {
  order: OrderCardFragment;
}

// OrderCard shows a placed order: its status, amount and, for a high-risk
// sale, the cooling-off period in which it may still be cancelled.
export function OrderCard({ order: placed }: OrderCardProps) {
  const { t } = useTranslation();
  // The order as the cache has it now: a cancellation changes its status.
  const cached = useFragment({ fragment: ORDER_CARD, from: placed });
  const order = cached.complete ? cached.data : placed;
  return (
    <Descriptions
      column={1}
      data-testid="order-card"
      items={[
        {
          key: 'status',
          label: t('pages.order.orderStatus'),
          children: (
            <Tag color={STATUS_COLORS[order.status]} data-testid="order-status">
              {t(`enums.salesOrderStatus.${order.status}`)}
            </Tag>
          ),
        },
        { key: 'amount', label: t('pages.order.orderAmount'), children: formatDecimal(order.amount) },
        ...(order.coolingOffUntil
          ? [
              {
                key: 'coolingOff',
                label: t('pages.order.cancel'),
                children: (
                  <span>
                    <Typography.Text data-testid="order-cooling-off">
                      {t('pages.order.coolingOffUntil', { time: dayjs(order.coolingOffUntil).format('YYYY-MM-DD HH:mm') })}
                    </Typography.Text>{' '}
                    <CancelOrderButton order={order} />
                  </span>
                ),
              },
            ]
          : []),
        ...(order.followUpCall ? [{ key: 'followUp', label: t('pages.order.followUpCall'), children: '✓' }] : []),
      ]}
    />
  );
}
