import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { actionNeedsComment, type LifecycleAction } from '../../access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrors } from '../../utils/fieldErrors';
import { ACT_ON_PRODUCT } from '../graphql/actOnProduct';
import { evictProductLists } from '../utils/evictProductLists';

// The server keeps at most this many characters of a comment (productops.MaxComment).
const MAX_COMMENT = 2000;

interface Values {
  comment?: string;
}

export interface ProductActionModalProps {
  product: { id: string; name: string };
  // The move to confirm; null when the dialog is closed.
  action: LifecycleAction | null;
  onClose: () => void;
  onDone?: (action: LifecycleAction) => void;
}

// ProductActionModal confirms one move of the lifecycle, with a comment:
// required where the server requires one (a rejection, a suspension, a
// retirement say why), optional otherwise. The comment is kept in the
// product's history.
export function ProductActionModal({ product, action, onClose, onDone }: ProductActionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<unknown>(null);
  const [act, { loading }] = useMutation(ACT_ON_PRODUCT, {
    update: (cache) => evictProductLists(cache, product.id),
  });
  const needsComment = action !== null && actionNeedsComment(action);
  const actionName = action ? t(`enums.productAction.${action}`) : '';

  // close empties the dialog for the next move while its form is still there.
  function close() {
    form.resetFields();
    setFailure(null);
    onClose();
  }

  async function onFinish(values: Values) {
    if (!action) return;
    setFailure(null);
    const comment = values.comment?.trim() || undefined;
    try {
      await act({ variables: { id: product.id, action, comment } });
      void message.success(t('pages.products.actions.done', { action: actionName }));
      close();
      onDone?.(action);
    } catch (err) {
      const onComment = fieldErrors(err).find((f) => f.path[0] === 'comment');
      if (onComment) form.setFields([{ name: 'comment', errors: [onComment.message] }]);
      else setFailure(err);
    }
  }

  return (
    <Modal
      open={action !== null}
      title={t('pages.products.actions.title', { action: actionName, name: product.name })}
      okText={t('pages.products.actions.confirm')}
      okButtonProps={{ danger: action === 'REJECT' || action === 'RETIRE' || action === 'SUSPEND' }}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      {failure !== null && <ErrorAlert error={failure} />}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} data-testid="product-action-form">
        <Form.Item
          name="comment"
          label={needsComment ? t('pages.products.actions.reason') : t('pages.products.actions.comment')}
          rules={needsComment ? [{ required: true, whitespace: true, message: t('pages.products.actions.reasonRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={MAX_COMMENT} showCount data-testid="product-action-comment" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
