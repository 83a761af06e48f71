import { useEffect } from 'react';

// Pollable is the part of a useQuery result usePollWhile drives.
export interface Pollable {
  startPolling: (interval: number) => void;
  stopPolling: () => void;
}

// usePollWhile keeps a query polling every interval milliseconds while
// active holds (a job still running), and stops it when it no longer does
// or the page goes away.
export function usePollWhile(active: boolean, query: Pollable, interval: number): void {
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (!active) return undefined;
    startPolling(interval);
    return () => stopPolling();
  }, [active, interval, startPolling, stopPolling]);
}
