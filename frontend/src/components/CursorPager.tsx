import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ListCursor } from '../hooks/useUrlState';

export interface CursorPagerProps {
  pageInfo?: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null };
  cursor: ListCursor;
  onChange: (cursor: ListCursor) => void;
}

// CursorPager pages a Relay connection backwards and forwards. A page
// reached backwards has no reliable hasNextPage (nor one reached forwards
// a hasPreviousPage), so the cursor it was reached by stands in for it.
export function CursorPager({ pageInfo, cursor, onChange }: CursorPagerProps) {
  const { t } = useTranslation();
  return (
    <Space>
      <Button
        disabled={!pageInfo?.hasPreviousPage && !cursor.after}
        onClick={() => onChange({ before: pageInfo?.startCursor ?? undefined })}
      >
        {t('common.previous')}
      </Button>
      <Button disabled={!pageInfo?.hasNextPage && !cursor.before} onClick={() => onChange({ after: pageInfo?.endCursor ?? undefined })}>
        {t('common.next')}
      </Button>
    </Space>
  );
}
