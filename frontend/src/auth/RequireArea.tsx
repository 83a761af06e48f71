import type { ReactNode } from 'react';
import { Navigate } from 'react-router';

import { canSee, type Area } from '../access';
import { useViewer } from './viewerContext';

export interface RequireAreaProps {
  area: Area;
  children: ReactNode;
}

// RequireArea shows a page only to roles that may use its area; the
// server enforces access anyway, this keeps others from empty pages.
export function RequireArea({ area, children }: RequireAreaProps) {
  const viewer = useViewer();
  return canSee(viewer.role, area) ? children : <Navigate to="/404" replace />;
}
