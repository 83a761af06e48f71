import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

export interface KeyStatusTagProps {
  revokedAt?: string | null;
  expiresAt?: string | null;
}

// KeyStatusTag says whether a key still works: revoked, expired or active.
export function KeyStatusTag({ revokedAt, expiresAt }: KeyStatusTagProps) {
  const { t } = useTranslation();
  if (revokedAt) {
    return (
      <Tooltip title={dayjs(revokedAt).format('YYYY-MM-DD HH:mm')}>
        <Tag color="red">{t('pages.apiKeys.statusRevoked')}</Tag>
      </Tooltip>
    );
  }
  if (expiresAt && dayjs(expiresAt).isBefore(dayjs())) return <Tag>{t('pages.apiKeys.statusExpired')}</Tag>;
  return <Tag color="green">{t('pages.apiKeys.statusActive')}</Tag>;
}
