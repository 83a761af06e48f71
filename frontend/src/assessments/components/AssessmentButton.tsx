import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { RiskAssessmentChannel } from '../../gql/graphql';
import { AssessmentModal } from './AssessmentModal';

export interface AssessmentButtonProps {
  clientId: string;
  channel: RiskAssessmentChannel;
}

// AssessmentButton opens the risk questionnaire for a client.
export function AssessmentButton({ clientId, channel }: AssessmentButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="risk-assessment">
        {t('pages.assessment.action')}
      </Button>
      {open && <AssessmentModal clientId={clientId} channel={channel} onClose={() => setOpen(false)} />}
    </>
  );
}
