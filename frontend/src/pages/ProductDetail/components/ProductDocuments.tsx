import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { DocumentKind, ProductDocumentsFragment } from '../../../gql/graphql';

type Document = NonNullable<ProductDocumentsFragment['documents']>[number];

export interface ProductDocumentsProps {
  product: ProductDocumentsFragment;
}

// ProductDocuments lists the documents an investor is shown before buying,
// each a link that opens in a new tab.
export function ProductDocuments({ product }: ProductDocumentsProps) {
  const { t } = useTranslation();
  const k = (key: string) => t(`pages.productDetail.documents.${key}`);
  return (
    <Card title={k('title')} data-testid="product-documents">
      <Table<Document>
        rowKey={(d) => `${d.kind} ${d.url} ${d.version}`}
        size="small"
        pagination={false}
        dataSource={product.documents ?? []}
        locale={{ emptyText: k('empty') }}
        columns={[
          {
            title: t('pages.productEditor.document.title'),
            dataIndex: 'title',
            render: (title: string, d) => (
              <Typography.Link href={d.url} target="_blank" rel="noopener noreferrer">
                {title}
              </Typography.Link>
            ),
          },
          { title: k('kind'), dataIndex: 'kind', render: (kind: DocumentKind) => t(`enums.documentKind.${kind}`) },
          { title: k('version'), dataIndex: 'version' },
        ]}
      />
    </Card>
  );
}
