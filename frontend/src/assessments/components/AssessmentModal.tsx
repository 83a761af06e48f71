import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Form, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import type { RiskAssessmentChannel, TakeRiskAssessmentMutation } from '../../gql/graphql';
import { bilingual } from '../../utils/localized';
import { RISK_QUESTIONNAIRE } from '../graphql/riskQuestionnaire';
import { TAKE_RISK_ASSESSMENT } from '../graphql/takeRiskAssessment';
import { buildAnswers, type AnswerValues } from '../utils/buildAnswers';
import { AssessmentResult } from './AssessmentResult';

export interface AssessmentModalProps {
  clientId: string;
  channel: RiskAssessmentChannel;
  onClose: () => void;
}

// AssessmentModal is the risk questionnaire in force (Chinese first, English
// second in English), taken for a client, and its result.
export function AssessmentModal({ clientId, channel, onClose }: AssessmentModalProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<AnswerValues>();
  const { data, loading: loadingQuestions, error } = useQuery(RISK_QUESTIONNAIRE);
  const apollo = useApolloClient();
  const [take, { loading }] = useMutation(TAKE_RISK_ASSESSMENT);
  const [failure, setFailure] = useState<unknown>(null);
  const [result, setResult] = useState<TakeRiskAssessmentMutation['takeRiskAssessment'] | null>(null);
  const questionnaire = data?.riskQuestionnaire;

  async function onFinish(values: AnswerValues) {
    if (!questionnaire) return;
    setFailure(null);
    try {
      const { data: taken } = await take({ variables: { clientId, channel, answers: buildAnswers(questionnaire.questions, values) } });
      if (taken) setResult(taken.takeRiskAssessment);
    } catch (err) {
      setFailure(err);
    }
  }

  // The client's risk level is shown around the dialog: it is fetched anew
  // once the dialog is closed (a refetch under it would remount it).
  function close() {
    onClose();
    if (result) void apollo.refetchQueries({ include: 'active' });
  }

  const footer = result ? (
    <Button type="primary" onClick={close} data-testid="assessment-done">
      {t('pages.assessment.done')}
    </Button>
  ) : (
    <Space>
      <Button onClick={onClose}>{t('pages.order.close')}</Button>
      <Button type="primary" loading={loading} disabled={!questionnaire} onClick={() => form.submit()} data-testid="assessment-submit">
        {t('pages.assessment.submit')}
      </Button>
    </Space>
  );

  return (
    <Modal
      open
      width={760}
      title={questionnaire ? bilingual(questionnaire.title, i18n.language) : t('pages.assessment.title')}
      onCancel={close}
      footer={footer}
      destroyOnHidden
    >
      {error && <ErrorAlert error={error} />}
      {failure !== null && <ErrorAlert error={failure} />}
      {loadingQuestions && !questionnaire && <PageLoading />}
      {result && (
        <>
          <Typography.Title level={5}>{t('pages.assessment.result')}</Typography.Title>
          <AssessmentResult assessment={result} />
        </>
      )}
      {questionnaire && !result && (
        <Form<AnswerValues> form={form} layout="vertical" onFinish={onFinish} data-testid="assessment-form" scrollToFirstError>
          {questionnaire.questions.map((q, i) => (
            <div key={q.key} data-testid={`question-${q.key}`}>
              <Form.Item
                name={q.key}
                label={`${i + 1}. ${bilingual(q.text, i18n.language)}${q.multiple ? t('pages.assessment.multiple') : ''}`}
                rules={[{ required: true, message: t('pages.assessment.required') }]}
              >
                {q.multiple ? (
                  <Checkbox.Group>
                    <Space vertical>
                      {q.options.map((o) => (
                        <Checkbox key={o.key} value={o.key}>
                          {o.key}. {bilingual(o.text, i18n.language)}
                        </Checkbox>
                      ))}
                    </Space>
                  </Checkbox.Group>
                ) : (
                  <Radio.Group>
                    <Space vertical>
                      {q.options.map((o) => (
                        <Radio key={o.key} value={o.key}>
                          {o.key}. {bilingual(o.text, i18n.language)}
                        </Radio>
                      ))}
                    </Space>
                  </Radio.Group>
                )}
              </Form.Item>
            </div>
          ))}
        </Form>
      )}
    </Modal>
  );
}
