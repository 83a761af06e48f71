import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('pages.notFound.title')}
      extra={
        <Link to="/">
          <Button type="primary">{t('pages.notFound.back')}</Button>
        </Link>
      }
    />
  );
}
