import { Descriptions, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ClientPersonalDataFragment } from '../../../gql/graphql';

export interface ClientPersonalDataProps {
  client: ClientPersonalDataFragment;
}

// ClientPersonalData shows the ID number and contact details exactly as the
// server sent them. Masking is the server's decision (and unmasked reads
// are audited there), so the SPA never masks or unmasks anything; it only
// says when what it shows is masked.
export function ClientPersonalData({ client }: ClientPersonalDataProps) {
  const { t } = useTranslation();
  const masked = !client.piiVisible && (
    <Tooltip title={t('pages.clientDetail.maskedHelp')}>
      <Tag color="orange" data-testid="client-pii-masked">
        {t('pages.clientDetail.masked')}
      </Tag>
    </Tooltip>
  );
  const value = (v: string | null | undefined, testId: string) => <span data-testid={testId}>{v || '—'}</span>;
  return (
    <Descriptions title={t('pages.clientDetail.personalData')} extra={masked} column={2} size="small" style={{ marginTop: 16 }}>
      <Descriptions.Item label={t('pages.clientDetail.idNumber')}>{value(client.idNumber, 'client-id-number')}</Descriptions.Item>
      <Descriptions.Item label={t('pages.clientDetail.phone')}>{value(client.phone, 'client-phone')}</Descriptions.Item>
      <Descriptions.Item label={t('pages.clientDetail.email')}>{value(client.email, 'client-email')}</Descriptions.Item>
      <Descriptions.Item label={t('pages.clientDetail.address')}>{value(client.address, 'client-address')}</Descriptions.Item>
    </Descriptions>
  );
}
