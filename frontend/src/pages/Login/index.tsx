import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { setToken } from '../../auth/session';
import { errorCode, errorMessage } from '../../utils/errors';
import { LOGIN } from './graphql/login';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [login, { loading }] = useMutation(LOGIN);
  const [failure, setFailure] = useState<string | null>(null);

  async function onFinish(values: Credentials) {
    setFailure(null);
    try {
      const { data } = await login({ variables: values });
      if (!data) return;
      setToken(data.login.token);
      navigate('/', { replace: true });
    } catch (error) {
      setFailure(errorCode(error) === 'UNAUTHENTICATED' ? t('errors.badCredentials') : errorMessage(t, error));
    }
  }

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: '12vh' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3}>{t('pages.login.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('pages.login.subtitle')}</Typography.Paragraph>
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
        <Form<Credentials> layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('pages.login.username')}
            rules={[{ required: true, message: t('pages.login.required', { field: t('pages.login.username') }) }]}
          >
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('pages.login.password')}
            rules={[{ required: true, message: t('pages.login.required', { field: t('pages.login.password') }) }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading}>
            {t('pages.login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
