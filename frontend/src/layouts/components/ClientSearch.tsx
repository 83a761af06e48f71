import { useQuery } from '@apollo/client/react';
import { AutoComplete, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ClientStatusTag } from '../../components/ClientStatusTag';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { SEARCH_CLIENTS } from '../graphql/searchClients';

const RESULTS = 10;

// ClientSearch is the header's search for any client the viewer may see:
// by name (characters or pinyin initials), client, account, ID or phone
// number, or a phone's last four digits. Choosing one opens its 360° view.
export function ClientSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim());
  const { data, loading } = useQuery(SEARCH_CLIENTS, { variables: { query, first: RESULTS }, skip: query === '' });
  const results = query && data ? data.searchClients : null;
  const options = (results?.edges ?? []).map(({ node, matchedBy }) => ({
    value: node.id,
    label: (
      <Space size={8} data-testid="client-search-option">
        <Typography.Text strong>{node.name}</Typography.Text>
        <Typography.Text type="secondary">{node.clientNo}</Typography.Text>
        <ClientStatusTag status={node.status} />
        <Tag variant="filled">{t(`enums.searchMatch.${matchedBy}`)}</Tag>
      </Space>
    ),
  }));
  return (
    <AutoComplete
      value={text}
      options={options}
      onSearch={setText}
      onSelect={(id: string) => {
        setText('');
        navigate(`/clients/${id}`);
      }}
      notFoundContent={results && !loading ? t('menu.searchNone') : null}
      popupMatchSelectWidth={420}
      style={{ width: 300 }}
    >
      <Input.Search
        allowClear
        loading={loading}
        placeholder={t('menu.search')}
        aria-label={t('menu.search')}
        data-testid="global-client-search"
      />
    </AutoComplete>
  );
}
