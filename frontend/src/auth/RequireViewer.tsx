import { useQuery } from '@apollo/client/react';
import { Navigate, Outlet } from 'react-router';

import { PageLoading } from '../components/PageLoading';
import { ErrorAlert } from '../components/ErrorAlert';
import { VIEWER } from './graphql/viewer';
import { getToken } from './session';
import { ViewerContext } from './viewerContext';

// RequireViewer lets logged-in users through and sends others to /login.
export function RequireViewer() {
  const token = getToken();
  const { data, loading, error } = useQuery(VIEWER, { skip: !token });
  if (!token) return <Navigate to="/login" replace />;
  if (loading) return <PageLoading />;
  if (error) return <ErrorAlert error={error} />;
  if (!data?.viewer) return <Navigate to="/login" replace />;
  return (
    <ViewerContext.Provider value={data.viewer}>
      <Outlet />
    </ViewerContext.Provider>
  );
}
