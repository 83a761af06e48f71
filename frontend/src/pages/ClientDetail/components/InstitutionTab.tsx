import { useQuery } from '@apollo/client/react';
import { Descriptions, Space, Spin, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ClientInstitutionQuery } from '../../../gql/graphql';
import { formatDecimal } from '../../../utils/decimal';
import { nodes, type NodeOf } from '../../../utils/nodes';
import { CLIENT_INSTITUTION } from '../graphql/clientInstitution';
import { customerNode, type CustomerNode } from '../utils/customerNode';
import { InstitutionIndicators } from './InstitutionIndicators';

type Contact = NodeOf<CustomerNode<ClientInstitutionQuery>['contacts']>;

export interface InstitutionTabProps {
  clientId: string;
}

// InstitutionTab shows an institution's organisation data, its contact
// persons (their phones and e-mails come masked or not, as the server
// decides) and its indicators.
export function InstitutionTab({ clientId }: InstitutionTabProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CLIENT_INSTITUTION, { variables: { id: clientId } });
  if (error) return <ErrorAlert error={error} />;
  const client = customerNode(data?.node);
  if (loading || !client) return <Spin />;
  const k = (key: string) => t(`pages.clientDetail.institution.${key}`);
  const org = client.organization;
  return (
    <Space vertical size="large" style={{ width: '100%' }}>
      <Descriptions
        title={k('organization')}
        column={2}
        data-testid="organization"
        items={[
          { key: 'creditCode', label: k('creditCode'), children: org?.creditCode ?? '—' },
          { key: 'industry', label: k('industry'), children: org?.industry ?? '—' },
          { key: 'capital', label: k('registeredCapital'), children: org?.registeredCapital ? formatDecimal(org.registeredCapital) : '—' },
          { key: 'legal', label: k('legalRepresentative'), children: org?.legalRepresentative ?? '—' },
        ]}
      />
      <Table<Contact>
        rowKey="id"
        size="small"
        pagination={false}
        title={() => k('contacts')}
        dataSource={nodes(client.contacts)}
        columns={[
          { title: k('name'), dataIndex: 'name', render: (v: string, r) => (r.primary ? <>{v} <Tag color="blue">{k('primary')}</Tag></> : v) },
          { title: k('title'), dataIndex: 'title', render: (v: string | null) => v ?? '—' },
          { title: k('phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
          { title: k('email'), dataIndex: 'email', render: (v: string | null) => v ?? '—' },
        ]}
      />
      <InstitutionIndicators values={client.dimensions} />
    </Space>
  );
}
