import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ClientClassesFragment } from '../../../gql/graphql';
import { dimensionName } from '../../../segments/utils/dimensionName';

export interface ClientClassTagsProps {
  classes: ClientClassesFragment['classes'];
}

// ClientClassTags shows the client's class in each classification scheme
// as a compact row of "scheme: class" tags; schemes the client is in no
// class of are left out.
export function ClientClassTags({ classes }: ClientClassTagsProps) {
  const { t, i18n } = useTranslation();
  const placed = classes.filter((c) => c.class);
  if (placed.length === 0) return <Typography.Text type="secondary">{t('pages.clientDetail.none')}</Typography.Text>;
  return (
    <Space wrap size={[4, 4]} data-testid="client-classes">
      {placed.map(({ scheme, class: cls }) => (
        <Tag key={scheme.id} color="geekblue" data-testid="client-class">
          {dimensionName(scheme, i18n.language)}: {cls ? dimensionName(cls, i18n.language) : ''}
        </Tag>
      ))}
    </Space>
  );
}
