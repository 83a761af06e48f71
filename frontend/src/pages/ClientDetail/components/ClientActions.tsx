import { Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { AssessmentButton } from '../../../assessments/components/AssessmentButton';
import type { CustomerStatus } from '../../../gql/graphql';
import { BuyButton } from '../../../orders/components/BuyButton';
import { ChangeStatusModal } from './ChangeStatusModal';
import { LogInteractionModal } from './LogInteractionModal';

export interface ClientActionsProps {
  clientId: string;
  status: CustomerStatus;
}

// ClientActions are what the client's advisor does from the header: order a
// product for the client, take the risk questionnaire with them, log a
// contact and change the client's status.
export function ClientActions({ clientId, status }: ClientActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'log' | 'status' | null>(null);
  const closed = status === 'CLOSED';
  return (
    <Space>
      {status !== 'CLOSED' && <BuyButton clientId={clientId} />}
      <AssessmentButton clientId={clientId} channel="BRANCH" />
      <Button onClick={() => setOpen('log')} data-testid="log-contact">
        {t('pages.clientDetail.actions.logContact')}
      </Button>
      <Tooltip title={closed ? t('pages.clientDetail.actions.closedIsFinal') : undefined}>
        <Button disabled={closed} onClick={() => setOpen('status')} data-testid="change-status">
          {t('pages.clientDetail.actions.changeStatus')}
        </Button>
      </Tooltip>
      <LogInteractionModal clientId={clientId} open={open === 'log'} onClose={() => setOpen(null)} />
      <ChangeStatusModal clientId={clientId} status={status} open={open === 'status'} onClose={() => setOpen(null)} />
    </Space>
  );
}
