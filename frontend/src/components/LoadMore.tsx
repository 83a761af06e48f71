import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface LoadMoreProps {
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null } | null;
  // Fetches the page after the cursor; the cache appends it to the list.
  onLoadMore: (after: string) => Promise<unknown>;
}

// LoadMore grows a newest-first list by its next page, for histories read
// from the top rather than paged through.
export function LoadMore({ pageInfo, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  if (!pageInfo?.hasNextPage || !pageInfo.endCursor) return null;
  const after = pageInfo.endCursor;
  return (
    <div style={{ textAlign: 'center', marginTop: 16 }}>
      <Button
        loading={loading}
        data-testid="load-more"
        onClick={() => {
          setLoading(true);
          onLoadMore(after).finally(() => setLoading(false));
        }}
      >
        {t('common.loadMore')}
      </Button>
    </div>
  );
}
