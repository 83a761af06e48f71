import { Card, Spin, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { ruleErrors } from '../../../segments/utils/ruleErrors';
import type { LiveCount as Count } from '../hooks/useLiveCount';

export interface LiveCountProps {
  live: Count;
  // Whether the draft is still missing parts (nothing is counted).
  incomplete: boolean;
}

// LiveCount shows how many clients the rule being edited picks, as the
// server last counted it, and whether that count is of the rule as it
// is now. A refusal that names the rule's problems is shown at the
// conditions instead (RuleEditor); any other failure here.
export function LiveCount({ live, incomplete }: LiveCountProps) {
  const { t } = useTranslation();
  const refused = live.error !== undefined && ruleErrors(live.error).length > 0;
  const state = live.pending ? 'pending' : incomplete ? 'incomplete' : refused || live.error ? 'error' : live.stale ? 'pending' : 'ready';
  return (
    <Card size="small">
      <Spin spinning={live.pending} size="small">
        <Statistic
          title={t('pages.segmentBuilder.liveCount')}
          value={live.count ?? '—'}
          styles={{ content: { color: state === 'ready' ? undefined : '#bfbfbf' } }}
          suffix={t('pages.segmentBuilder.clientsUnit')}
          formatter={(v) => (
            <span data-testid="segment-live-count" data-state={state}>
              {typeof v === 'number' ? v.toLocaleString() : v}
            </span>
          )}
        />
      </Spin>
      {incomplete && <Typography.Text type="secondary">{t('pages.segmentBuilder.incomplete')}</Typography.Text>}
      {refused && <Typography.Text type="danger">{t('pages.segmentBuilder.invalid')}</Typography.Text>}
      {live.error !== undefined && !refused && <ErrorAlert error={live.error} />}
    </Card>
  );
}
