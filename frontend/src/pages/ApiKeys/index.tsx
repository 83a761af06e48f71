import { useQuery } from '@apollo/client/react';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../components/ErrorAlert';
import { nodes } from '../../utils/nodes';
import { ApiKeyTable } from './components/ApiKeyTable';
import { CreateApiKeyModal } from './components/CreateApiKeyModal';
import { NewKeyModal } from './components/NewKeyModal';
import { API_KEYS } from './graphql/apiKeys';

// ApiKeysPage is where administrators issue and revoke the keys partner
// apps call the API with.
export function ApiKeysPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(API_KEYS);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <Card
      title={t('pages.apiKeys.title')}
      extra={
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('pages.apiKeys.create')}
        </Button>
      }
    >
      {error && <ErrorAlert error={error} />}
      <ApiKeyTable rows={nodes(data?.apiKeys)} loading={loading} />
      <CreateApiKeyModal
        open={creating}
        onCancel={() => setCreating(false)}
        onCreated={(key) => {
          setCreating(false);
          setSecret(key);
        }}
      />
      <NewKeyModal secret={secret} onClose={() => setSecret(null)} />
    </Card>
  );
}
