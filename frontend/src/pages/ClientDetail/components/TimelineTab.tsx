import { useQuery } from '@apollo/client/react';
import { Checkbox, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadMore } from '../../../components/LoadMore';
import type { TimelineKind } from '../../../gql/graphql';
import { formatDecimal } from '../../../utils/decimal';
import { CLIENT_TIMELINE } from '../graphql/clientTimeline';
import { customerNode } from '../utils/customerNode';

const PAGE_SIZE = 20;
const KINDS: TimelineKind[] = ['TRADE', 'CASH_FLOW', 'INTERACTION', 'ORDER', 'STATUS_CHANGE', 'PUSH', 'ASSESSMENT', 'ADVISOR_CHANGE'];
const KIND_COLORS: Record<TimelineKind, string> = {
  TRADE: 'blue',
  CASH_FLOW: 'cyan',
  INTERACTION: 'green',
  ORDER: 'purple',
  STATUS_CHANGE: 'red',
  PUSH: 'geekblue',
  ASSESSMENT: 'orange',
  ADVISOR_CHANGE: 'magenta',
};

export interface TimelineTabProps {
  clientId: string;
}

// TimelineTab is the client's whole history, newest first, filtered by
// kind and grown by "load more".
export function TimelineTab({ clientId }: TimelineTabProps) {
  const { t } = useTranslation();
  const [kinds, setKinds] = useState<TimelineKind[]>(KINDS);
  const { data, loading, error, fetchMore } = useQuery(CLIENT_TIMELINE, {
    // Every kind is no filter at all; no kind asks nothing.
    variables: { id: clientId, first: PAGE_SIZE, kinds: kinds.length === KINDS.length ? undefined : kinds },
    skip: kinds.length === 0,
  });
  const timeline = kinds.length ? customerNode(data?.node)?.timeline : undefined;
  const items = (timeline?.edges ?? []).map(({ cursor, node: item }) => {
    const summary = item.node && 'summary' in item.node ? item.node.summary : null;
    return {
      key: cursor,
      color: KIND_COLORS[item.kind],
      content: (
        <div data-testid="timeline-item">
          <Space size={8} wrap>
            <Typography.Text type="secondary">{dayjs(item.at).format('YYYY-MM-DD HH:mm')}</Typography.Text>
            <Tag color={KIND_COLORS[item.kind]}>{t(`enums.timelineKind.${item.kind}`)}</Tag>
            <Typography.Text>{item.title}</Typography.Text>
            {item.amount && <Typography.Text type="secondary">{t('pages.clientDetail.timeline.amount', { amount: formatDecimal(item.amount) })}</Typography.Text>}
          </Space>
          {summary && !item.title.includes(summary) && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{summary}</Typography.Paragraph>}
        </div>
      ),
    };
  });
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Text>{t('pages.clientDetail.timeline.kinds')}</Typography.Text>
        <Checkbox
          checked={kinds.length === KINDS.length}
          indeterminate={kinds.length > 0 && kinds.length < KINDS.length}
          onChange={(e) => setKinds(e.target.checked ? KINDS : [])}
        >
          {t('pages.clientDetail.timeline.all')}
        </Checkbox>
        <Checkbox.Group<TimelineKind>
          value={kinds}
          onChange={(v) => setKinds(KINDS.filter((k) => v.includes(k)))}
          options={KINDS.map((k) => ({ value: k, label: t(`enums.timelineKind.${k}`) }))}
          data-testid="timeline-kinds"
        />
      </Space>
      {error && <ErrorAlert error={error} />}
      {loading && !timeline ? (
        <div style={{ textAlign: 'center', padding: 24 }}>
          <Spin />
        </div>
      ) : items.length === 0 ? (
        <Empty description={t('pages.clientDetail.timeline.empty')} />
      ) : (
        <Timeline items={items} data-testid="timeline" />
      )}
      <LoadMore pageInfo={timeline?.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </>
  );
}
