import { useEffect, useState } from 'react';

// useDebouncedValue follows value once it has stopped changing for delay
// milliseconds: a search asks the server when the typing pauses, not at
// every key.
export function useDebouncedValue<T>(value: T, delay = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}
