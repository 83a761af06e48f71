import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';

import { createApolloClient } from './apollo';
import { RequireArea } from './auth/RequireArea';
import { RequireViewer } from './auth/RequireViewer';
import { ErrorBoundary } from './components/ErrorBoundary';
import { PageLoading } from './components/PageLoading';
import { ROUTES } from './config/routes';
import { BasicLayout } from './layouts/BasicLayout';

const LoginPage = lazy(() => import('./pages/Login').then((m) => ({ default: m.LoginPage })));
const NotFoundPage = lazy(() => import('./pages/NotFound').then((m) => ({ default: m.NotFoundPage })));

export function App() {
  const { i18n } = useTranslation();
  // A lost session sends the user back to the login page.
  const client = useMemo(() => createApolloClient(() => window.location.assign('/login')), []);
  return (
    <ConfigProvider locale={i18n.language === 'en-US' ? enUS : zhCN}>
      <AntApp>
        <ApolloProvider client={client}>
          <ErrorBoundary>
            <BrowserRouter>
              <Suspense fallback={<PageLoading />}>
                <Routes>
                  <Route path="/login" element={<LoginPage />} />
                  <Route element={<RequireViewer />}>
                    <Route element={<BasicLayout />}>
                      {ROUTES.map(({ path, area, Page }) => (
                        <Route
                          key={path}
                          path={path}
                          element={
                            <RequireArea area={area}>
                              <Page />
                            </RequireArea>
                          }
                        />
                      ))}
                      <Route path="404" element={<NotFoundPage />} />
                      <Route path="*" element={<Navigate to="/404" replace />} />
                    </Route>
                  </Route>
                </Routes>
              </Suspense>
            </BrowserRouter>
          </ErrorBoundary>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
