import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../utils/errors';

export interface ErrorAlertProps {
  error: unknown;
}

export function ErrorAlert({ error }: ErrorAlertProps) {
  const { t } = useTranslation();
  return <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />;
}
