import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';

import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { SEGMENT_COUNT } from '../graphql/segmentCount';

// How long the editor waits after the last change before counting again.
const COUNT_DELAY_MS = 300;

export interface LiveCount {
  // The last count the server gave, and the rule it counted.
  count: number | null;
  countedRule: string | null;
  // Whether a count of the current rule is on its way.
  pending: boolean;
  // Whether the count shown is of another rule than the current one.
  stale: boolean;
  // The server's refusal of the current rule, if it refused it.
  error: unknown;
}

// useLiveCount counts the clients a rule picks once it has stopped
// changing for a moment (segmentCount). rule is null while the draft is
// incomplete: nothing is asked, and the last count stays, marked stale.
export function useLiveCount(rule: string | null): LiveCount {
  const debounced = useDebouncedValue(rule, COUNT_DELAY_MS);
  const { data, loading, error } = useQuery(SEGMENT_COUNT, { variables: { rule: debounced ?? '' }, skip: !debounced });
  const [last, setLast] = useState<{ rule: string; count: number } | null>(null);
  const counted = data?.segmentCount;
  useEffect(() => {
    if (debounced && counted !== undefined) setLast({ rule: debounced, count: counted });
  }, [debounced, counted]);
  const current = rule !== null && rule === debounced;
  return {
    count: last?.count ?? null,
    countedRule: last?.rule ?? null,
    pending: rule !== null && (rule !== debounced || loading),
    stale: last?.rule !== rule,
    error: current && !loading ? error : undefined,
  };
}
