import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { canEditProduct } from '../../../access';
import { useViewer } from '../../../auth/viewerContext';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ProductEditorQuery } from '../../../gql/graphql';
import { ProductActions } from '../../../products/components/ProductActions';
import { ACT_ON_PRODUCT } from '../../../products/graphql/actOnProduct';
import { evictProductLists } from '../../../products/utils/evictProductLists';
import type { ProductNode } from '../../../products/utils/productNode';
import { errorCode, errorMessage } from '../../../utils/errors';
import { fieldErrors } from '../../../utils/fieldErrors';
import { CREATE_PRODUCT } from '../graphql/createProduct';
import { UPDATE_PRODUCT } from '../graphql/updateProduct';
import { formErrorsOf } from '../utils/formErrors';
import { NEW_PRODUCT, formValuesOf, productInputOf, type ProductFormValues } from '../utils/productFormValues';
import { ProductForm } from './ProductForm';

type Product = ProductNode<ProductEditorQuery>;

export interface ProductEditorProps {
  // The product to change, or null for a new one.
  product: Product | null;
  // Loads the product afresh (after a conflict, or a move of its lifecycle).
  onReload?: () => Promise<Product | null>;
}

// ProductEditor holds the form and saves it: a new product with
// createProduct, a draft with updateProduct against the version it was
// loaded at, then, if asked, submits it for review. The server's
// complaints are shown on the fields they name; a product changed by
// someone else meanwhile (CONFLICT) is reloaded rather than overwritten.
export function ProductEditor({ product, onReload }: ProductEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const viewer = useViewer();
  const [form] = Form.useForm<ProductFormValues>();
  // The version this editor's changes are based on: the one loaded, then each one saved.
  const [baseVersion, setBaseVersion] = useState(product?.version ?? 0);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [create] = useMutation(CREATE_PRODUCT, { update: (cache) => evictProductLists(cache) });
  const [update] = useMutation(UPDATE_PRODUCT, { update: (cache, { data }) => evictProductLists(cache, data?.updateProduct.id) });
  const [act] = useMutation(ACT_ON_PRODUCT, { update: (cache, { data }) => evictProductLists(cache, data?.actOnProduct.id) });
  const editable = !product || canEditProduct(viewer.role, product.status);

  // showError puts the server's complaints where they belong: on the
  // fields they name, as a conflict to reload, or above the form.
  function showError(err: unknown) {
    const { fields, unplaced } = formErrorsOf(fieldErrors(err));
    if (fields.length) {
      // The names are the server's, checked against the form by formErrorsOf.
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
      form.scrollToField(fields[0].name);
    }
    if (fields.length === 0 && errorCode(err) === 'CONFLICT') setConflict(true);
    else if (fields.length === 0 || unplaced.length) setFailure(err);
  }

  async function reload() {
    const fresh = await onReload?.();
    if (!fresh) return;
    form.resetFields();
    form.setFieldsValue(formValuesOf(fresh));
    setBaseVersion(fresh.version);
    setConflict(false);
    setFailure(null);
  }

  async function save(andSubmit: boolean) {
    let values: ProductFormValues;
    try {
      values = await form.validateFields();
    } catch (invalid) {
      const first = (invalid as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name);
      return;
    }
    setFailure(null);
    setConflict(false);
    setSaving(true);
    try {
      const input = productInputOf(values);
      let id: string;
      let version: number;
      try {
        if (product) {
          const { data } = await update({ variables: { id: product.id, version: baseVersion, input } });
          id = data!.updateProduct.id;
          version = data!.updateProduct.version;
          setBaseVersion(version);
        } else {
          const { data } = await create({ variables: { input } });
          id = data!.createProduct.id;
          version = data!.createProduct.version;
        }
      } catch (err) {
        showError(err);
        return;
      }
      if (andSubmit) {
        try {
          await act({ variables: { id, action: 'SUBMIT' } });
        } catch (err) {
          if (product) {
            showError(err);
          } else {
            // Created, but not submitted: go on in the new draft's editor.
            void message.error(errorMessage(t, err));
            navigate(`/products/${id}/edit`, { replace: true });
          }
          return;
        }
        void message.success(t('pages.productEditor.submitted'));
      } else {
        void message.success(product ? t('pages.productEditor.saved', { version }) : t('pages.productEditor.created'));
      }
      navigate(`/products/${id}`, { replace: !product });
    } finally {
      setSaving(false);
    }
  }

  const title = product ? t('pages.productEditor.editTitle', { name: product.name }) : t('pages.productEditor.createTitle');
  return (
    <Card
      title={title}
      extra={
        <Space wrap>
          <Button onClick={() => navigate(product ? `/products/${product.id}` : '/products')}>{t('pages.productEditor.cancel')}</Button>
          {editable && (
            <>
              <Button loading={saving} onClick={() => save(false)} data-testid="product-save">
                {t('pages.productEditor.save')}
              </Button>
              <Button type="primary" loading={saving} onClick={() => save(true)} data-testid="product-save-submit">
                {t('pages.productEditor.saveAndSubmit')}
              </Button>
            </>
          )}
        </Space>
      }
    >
      {product && !editable && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('pages.productEditor.notDraft', { status: t(`enums.productStatus.${product.status}`) })}
          action={<ProductActions product={product} onDone={() => void reload()} />}
        />
      )}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('pages.productEditor.conflict')}
          action={
            <Button size="small" onClick={() => void reload()} data-testid="product-reload">
              {t('pages.productEditor.reload')}
            </Button>
          }
          data-testid="product-conflict"
        />
      )}
      {failure !== null && <ErrorAlert error={failure} />}
      <ProductForm form={form} initialValues={product ? formValuesOf(product) : NEW_PRODUCT} disabled={!editable} />
    </Card>
  );
}
