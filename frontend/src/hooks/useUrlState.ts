import { useSearchParams } from 'react-router';

// A page of a list is reached by a cursor: forwards with after, backwards
// with before.
export interface ListCursor {
  after?: string;
  before?: string;
}

// useUrlState keeps a list's filters, order and page in the URL's query,
// so that going back to a list returns to the same page of it and a list
// can be shared as a link.
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) ?? undefined;

  // update writes changes to the URL (an empty value removes its key); any
  // change but paging starts again from the first page.
  function update(changes: Record<string, string | undefined>, keepPage = false) {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (!keepPage) {
        next.delete('after');
        next.delete('before');
      }
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });
  }

  const cursor: ListCursor = { after: get('after'), before: get('before') };
  return { get, update, cursor, setCursor: (c: ListCursor) => update({ after: c.after, before: c.before }, true) };
}
