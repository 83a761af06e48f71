import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';

import { canSee } from '../access';
import { LOGOUT } from '../auth/graphql/logout';
import { clearToken } from '../auth/session';
import { useViewer } from '../auth/viewerContext';
import { ROUTES } from '../config/routes';
import { switchLanguage } from '../i18n';
import { ClientSearch } from './components/ClientSearch';

// BasicLayout is the frame of every page after login: the menu the role
// may use, who is logged in, the language switch and logout.
export function BasicLayout() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  const location = useLocation();
  const apollo = useApolloClient();
  const [logout] = useMutation(LOGOUT);

  const menu = ROUTES.filter((r) => r.labelKey && canSee(viewer.role, r.area));
  const items = menu.map((r) => ({ key: r.path, label: t(r.labelKey!) }));
  const selected = menu.filter((r) => r.path !== '/' && location.pathname.startsWith(r.path)).map((r) => r.path);

  async function onLogout() {
    await logout().catch(() => undefined); // the token is dropped either way
    clearToken();
    await apollo.clearStore();
    navigate('/login', { replace: true });
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
          {t('pages.login.title')}
        </Typography.Text>
        <Menu
          theme="dark"
          mode="horizontal"
          items={items}
          selectedKeys={selected.length ? selected : ['/']}
          onClick={(e) => navigate(e.key)}
          style={{ flex: 1, minWidth: 0 }}
        />
        {canSee(viewer.role, 'clients') && <ClientSearch />}
        <Space>
          <Typography.Text style={{ color: '#fff' }} data-testid="viewer-name">
            {viewer.displayName} · {t(`enums.role.${viewer.role}`)}
          </Typography.Text>
          <Button size="small" onClick={() => switchLanguage(i18n.language === 'en-US' ? 'zh-CN' : 'en-US')}>
            {t('menu.language')}
          </Button>
          <Button size="small" onClick={onLogout}>
            {t('menu.logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
