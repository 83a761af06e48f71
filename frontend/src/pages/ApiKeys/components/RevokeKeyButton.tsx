import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../../../utils/errors';
import { REVOKE_API_KEY } from '../graphql/revokeApiKey';

export interface RevokeKeyButtonProps {
  id: string;
  name: string;
  revoked: boolean;
}

// RevokeKeyButton revokes a key after a confirmation: partner apps using
// it are cut off at once, and a revoked key cannot be restored.
export function RevokeKeyButton({ id, name, revoked }: RevokeKeyButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [revoke, { loading }] = useMutation(REVOKE_API_KEY);
  return (
    <Popconfirm
      title={t('pages.apiKeys.revokeConfirm', { name })}
      okText={t('pages.apiKeys.revoke')}
      okButtonProps={{ danger: true }}
      onConfirm={() =>
        revoke({ variables: { id } }).then(
          () => void message.success(t('pages.apiKeys.revoked')),
          (err: unknown) => void message.error(errorMessage(t, err)),
        )
      }
      disabled={revoked}
    >
      <Button size="small" danger disabled={revoked} loading={loading}>
        {t('pages.apiKeys.revoke')}
      </Button>
    </Popconfirm>
  );
}
