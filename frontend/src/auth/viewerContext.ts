import { createContext, useContext } from 'react';

import type { ViewerQuery } from '../gql/graphql';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

export const ViewerContext = createContext<Viewer | null>(null);

// useViewer returns the logged-in user; only pages behind RequireViewer use it.
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside RequireViewer');
  return viewer;
}
