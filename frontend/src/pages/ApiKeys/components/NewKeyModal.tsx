import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface NewKeyModalProps {
  // The key just created, or null when there is none to show.
  secret: string | null;
  onClose: () => void;
}

// NewKeyModal shows a new key the only time it exists in the browser. The
// server keeps only its hash, so it must be copied now; closing the modal
// drops it. It closes only by the button, not by a stray click outside.
export function NewKeyModal({ secret, onClose }: NewKeyModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={secret !== null}
      title={t('pages.apiKeys.createdTitle')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('pages.apiKeys.saved')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('pages.apiKeys.shownOnce')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph code copyable={{ text: secret ?? '' }} data-testid="api-key-secret" style={{ wordBreak: 'break-all' }}>
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
