import { useMutation, useQuery } from '@apollo/client/react';
import { App, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ClientTagsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../utils/errors';
import { nodes } from '../../../utils/nodes';
import { ADD_CLIENT_TAGS } from '../graphql/addClientTags';
import { MANUAL_TAGS } from '../graphql/manualTags';
import { REMOVE_CLIENT_TAGS } from '../graphql/removeClientTags';

export interface ClientTagsEditorProps {
  client: ClientTagsFragment;
  // Whether the viewer may add and remove the client's manual tags.
  editable: boolean;
}

// ClientTagsEditor shows the client's tags; the client's advisor adds and
// removes manual ones. Automatic tags belong to the classification rules
// and are shown only. The mutations answer with the client's tags, which
// updates the cache and so this list.
export function ClientTagsEditor({ client, editable }: ClientTagsEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const choices = useQuery(MANUAL_TAGS, { skip: !adding });
  const [add, added] = useMutation(ADD_CLIENT_TAGS);
  const [remove] = useMutation(REMOVE_CLIENT_TAGS);
  const tags = nodes(client.tags);
  const onClient = new Set(tags.map((tag) => tag.id));
  const fail = (err: unknown) => void message.error(errorMessage(t, err));

  function onAdd(tagId: string) {
    setAdding(false);
    add({ variables: { clientId: client.id, tagIds: [tagId] } }).then(() => void message.success(t('pages.clientDetail.tagEditor.added')), fail);
  }

  function onRemove(tagId: string) {
    remove({ variables: { clientId: client.id, tagIds: [tagId] } }).then(
      () => void message.success(t('pages.clientDetail.tagEditor.removed')),
      fail,
    );
  }

  return (
    <Space size={[0, 4]} wrap data-testid="client-tags">
      {tags.length === 0 && !editable && <Typography.Text type="secondary">{t('pages.clientDetail.none')}</Typography.Text>}
      {tags.map((tag) =>
        tag.kind === 'MANUAL' ? (
          <Tag
            key={tag.id}
            color={tag.color}
            closable={editable}
            onClose={(e) => {
              e.preventDefault(); // the tag goes when the server has removed it
              onRemove(tag.id);
            }}
          >
            {tag.name}
          </Tag>
        ) : (
          <Tooltip key={tag.id} title={t('pages.clientDetail.tagEditor.automatic')}>
            <Tag color={tag.color} variant="outlined">
              {tag.name}
            </Tag>
          </Tooltip>
        ),
      )}
      {editable &&
        (adding ? (
          <Select
            autoFocus
            defaultOpen
            size="small"
            style={{ width: 160 }}
            placeholder={t('pages.clientDetail.tagEditor.choose')}
            loading={choices.loading}
            showSearch={{ optionFilterProp: 'label' }}
            options={nodes(choices.data?.tags)
              .filter((tag) => !onClient.has(tag.id))
              .map((tag) => ({ value: tag.id, label: tag.name }))}
            onChange={onAdd}
            onBlur={() => setAdding(false)}
            data-testid="client-tag-select"
          />
        ) : (
          <Tag
            style={{ borderStyle: 'dashed', cursor: 'pointer' }}
            onClick={() => setAdding(true)}
            data-testid="client-tag-add"
          >
            {added.loading ? '…' : `+ ${t('pages.clientDetail.tagEditor.add')}`}
          </Tag>
        ))}
    </Space>
  );
}
