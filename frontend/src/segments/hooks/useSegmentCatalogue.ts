import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { nodes } from '../../utils/nodes';
import { SEGMENT_CATALOGUE } from '../graphql/segmentCatalogue';

// useSegmentCatalogue loads what rules are written with: the dimensions
// (and a map of them by key) and the schemes whose class names label the
// class dimensions' values. Apollo keeps it for the session; skip leaves
// it unasked until needed.
export function useSegmentCatalogue({ skip = false }: { skip?: boolean } = {}) {
  const { data, loading, error } = useQuery(SEGMENT_CATALOGUE, { skip });
  const dimensions = useMemo(() => data?.segmentDimensions ?? [], [data]);
  const byKey = useMemo(() => new Map(dimensions.map((d) => [d.key, d])), [dimensions]);
  const schemes = useMemo(() => nodes(data?.classificationSchemes), [data]);
  return { dimensions, byKey, schemes, loading: loading && !data, error };
}
