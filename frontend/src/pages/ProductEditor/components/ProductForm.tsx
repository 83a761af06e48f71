import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import type { FormInstance, FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { DOCUMENT_KINDS, PRODUCT_HORIZONS, PRODUCT_TYPES, RISK_LEVELS, VARIETIES } from '../../../products/utils/productEnums';
import type { DocumentValues, ProductFormValues } from '../utils/productFormValues';
import {
  CODE_PATTERN,
  MAX_DOCUMENTS,
  MAX_DOCUMENT_VERSION,
  MAX_TEXT,
  amountProblem,
  expectedReturnProblem,
  integerProblem,
  urlProblem,
  type Problem,
} from '../utils/productRules';

export interface ProductFormProps {
  form: FormInstance<ProductFormValues>;
  initialValues: ProductFormValues;
  // A product that is not a draft is shown but cannot be changed.
  disabled?: boolean;
}

// ProductForm is every field of ProductInput, in sections, with the
// server's rules checked as the product manager types. The page saves it.
export function ProductForm({ form, initialValues, disabled }: ProductFormProps) {
  const { t } = useTranslation();
  const f = (key: string) => t(`pages.products.fields.${key}`);
  const help = (key: string) => t(`pages.productEditor.help.${key}`);
  const unit = (key: string) => t(`pages.productEditor.units.${key}`);
  const d = (key: string) => t(`pages.productEditor.document.${key}`);
  const fail = (key: string, options?: Record<string, unknown>) => Promise.reject(new Error(t(`pages.productEditor.rules.${key}`, options)));
  const check = (problem: Problem, options?: Record<string, unknown>) => (problem ? fail(problem, options) : Promise.resolve());

  const required = (field: string): FormRule => ({ required: true, whitespace: true, message: t('pages.productEditor.rules.required', { field }) });
  const chosen = (field: string): FormRule => ({ required: true, message: t('pages.productEditor.rules.choose', { field }) });
  const maxText = (field: string, max = MAX_TEXT): FormRule => ({ max, message: t('pages.productEditor.rules.maxLength', { field, max }) });
  const amount = (max?: string): FormRule => ({ validator: (_, v?: string) => (v?.trim() ? check(amountProblem(v, max)) : Promise.resolve()) });
  const integer = (min: number, max: number, optional: boolean): FormRule => ({
    validator: (_, v?: number | null) => check(integerProblem(v, min, max, optional), { min, max }),
  });
  const expectedReturn: FormRule = ({ getFieldValue }) => ({
    validator: () => check(expectedReturnProblem(getFieldValue('expectedReturnMin') ?? '', getFieldValue('expectedReturnMax') ?? '')),
  });
  const choices = <T extends string>(values: T[], group: string) => values.map((v) => ({ value: v, label: t(`${group}.${v}`) }));

  const col = (span: number, node: ReactNode, key?: string) => (
    <Col key={key} xs={24} md={span}>
      {node}
    </Col>
  );

  return (
    <Form<ProductFormValues> form={form} layout="vertical" initialValues={initialValues} disabled={disabled} data-testid="product-form">
      <Space vertical size="middle" style={{ width: '100%' }}>
        <Card title={t('pages.productEditor.sections.basics')} size="small">
          <Row gutter={16}>
            {col(
              6,
              <Form.Item
                name="code"
                label={f('code')}
                extra={help('code')}
                rules={[required(f('code')), { pattern: CODE_PATTERN, message: t('pages.productEditor.rules.code') }]}
              >
                <Input maxLength={32} />
              </Form.Item>,
            )}
            {col(
              10,
              <Form.Item name="name" label={f('name')} rules={[required(f('name')), maxText(f('name'))]}>
                <Input />
              </Form.Item>,
            )}
            {col(
              8,
              <Form.Item name="type" label={f('type')} rules={[chosen(f('type'))]}>
                <Select options={choices(PRODUCT_TYPES, 'enums.productType')} />
              </Form.Item>,
            )}
            {col(
              12,
              <Form.Item name="issuer" label={f('issuer')} rules={[required(f('issuer')), maxText(f('issuer'))]}>
                <Input />
              </Form.Item>,
            )}
            {col(
              12,
              <Form.Item name="manager" label={f('manager')} rules={[maxText(f('manager'))]}>
                <Input />
              </Form.Item>,
            )}
          </Row>
        </Card>

        <Card title={t('pages.productEditor.sections.suitability')} size="small">
          <Row gutter={16}>
            {col(
              8,
              <Form.Item name="riskLevel" label={f('riskLevel')} rules={[chosen(f('riskLevel'))]}>
                <Select options={choices(RISK_LEVELS, 'enums.riskLevel')} />
              </Form.Item>,
            )}
            {col(
              8,
              <Form.Item name="horizon" label={f('horizon')} extra={help('horizon')} rules={[chosen(f('horizon'))]}>
                <Select options={choices(PRODUCT_HORIZONS, 'enums.horizon')} />
              </Form.Item>,
            )}
            {col(
              8,
              <Form.Item name="variety" label={f('variety')} rules={[chosen(f('variety'))]}>
                <Select options={choices(VARIETIES, 'enums.variety')} />
              </Form.Item>,
            )}
          </Row>
        </Card>

        <Card title={t('pages.productEditor.sections.amounts')} size="small">
          <Row gutter={16}>
            {col(
              8,
              <Form.Item name="minAmount" label={f('minAmount')} rules={[required(f('minAmount')), amount()]}>
                <Input suffix={unit('yuan')} inputMode="decimal" />
              </Form.Item>,
            )}
            {col(
              8,
              <Form.Item name="stepAmount" label={f('stepAmount')} extra={help('stepAmount')} rules={[required(f('stepAmount')), amount()]}>
                <Input suffix={unit('yuan')} inputMode="decimal" />
              </Form.Item>,
            )}
            {col(8, <span />)}
            {(['subscriptionFeeRate', 'redemptionFeeRate', 'managementFeeRate', 'custodyFeeRate'] as const).map((rate) =>
              col(
                6,
                <Form.Item name={rate} label={f(rate)} extra={help('rate')} rules={[required(f(rate)), amount('100')]}>
                  <Input suffix={unit('percent')} inputMode="decimal" />
                </Form.Item>,
                rate,
              ),
            )}
            {col(
              6,
              <Form.Item
                name="expectedReturnMin"
                label={f('expectedReturnMin')}
                extra={help('expectedReturn')}
                dependencies={['expectedReturnMax']}
                rules={[expectedReturn]}
              >
                <Input suffix={unit('percent')} inputMode="decimal" />
              </Form.Item>,
            )}
            {col(
              6,
              <Form.Item name="expectedReturnMax" label={f('expectedReturnMax')} dependencies={['expectedReturnMin']} rules={[expectedReturn]}>
                <Input suffix={unit('percent')} inputMode="decimal" />
              </Form.Item>,
            )}
          </Row>
        </Card>

        <Card title={t('pages.productEditor.sections.restrictions')} size="small">
          <Row gutter={16}>
            {col(
              8,
              <Form.Item name="professionalOnly" label={f('professionalOnly')} extra={help('professionalOnly')} valuePropName="checked">
                <Switch />
              </Form.Item>,
            )}
            {col(
              8,
              <Form.Item
                name="qualifiedOnly"
                label={f('qualifiedOnly')}
                extra={help('qualifiedOnly')}
                valuePropName="checked"
                dependencies={['professionalOnly']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, v?: boolean) =>
                      v && getFieldValue('professionalOnly') ? fail('professionalAndQualified') : Promise.resolve(),
                  }),
                ]}
              >
                <Switch />
              </Form.Item>,
            )}
            {col(
              8,
              <Form.Item name="refuseMismatch" label={f('refuseMismatch')} extra={help('refuseMismatch')} valuePropName="checked">
                <Switch />
              </Form.Item>,
            )}
            {col(
              8,
              <Form.Item
                name="assessmentValidityMonths"
                label={f('assessmentValidityMonths')}
                extra={help('assessmentValidityMonths')}
                rules={[integer(1, 60, true)]}
              >
                <InputNumber precision={0} suffix={unit('months')} style={{ width: '100%' }} />
              </Form.Item>,
            )}
            {col(
              8,
              <Form.Item name="refuseFromAge" label={f('refuseFromAge')} extra={help('refuseFromAge')} rules={[integer(18, 120, true)]}>
                <InputNumber precision={0} suffix={unit('years')} style={{ width: '100%' }} />
              </Form.Item>,
            )}
            {col(
              8,
              <Form.Item name="coolingOffHours" label={f('coolingOffHours')} extra={help('coolingOffHours')} rules={[integer(0, 720, false)]}>
                <InputNumber precision={0} suffix={unit('hours')} style={{ width: '100%' }} />
              </Form.Item>,
            )}
            {col(
              8,
              <Form.Item name="saleStart" label={f('saleStart')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>,
            )}
            {col(
              8,
              <Form.Item
                name="saleEnd"
                label={f('saleEnd')}
                dependencies={['saleStart']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, end?: Dayjs | null) => {
                      const start: Dayjs | null | undefined = getFieldValue('saleStart');
                      return end && start && end.isBefore(start, 'day') ? fail('saleEndBeforeStart') : Promise.resolve();
                    },
                  }),
                ]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>,
            )}
          </Row>
        </Card>

        <Card title={t('pages.productEditor.sections.documents')} size="small">
          <Form.List
            name="documents"
            rules={[
              {
                validator: (_, docs?: DocumentValues[]) =>
                  (docs?.length ?? 0) > MAX_DOCUMENTS ? fail('maxDocuments', { max: MAX_DOCUMENTS }) : Promise.resolve(),
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map(({ key, name }) => (
                  <Row key={key} gutter={8} align="top" data-testid="product-document">
                    <Col xs={24} md={6}>
                      <Form.Item name={[name, 'title']} label={d('title')} rules={[required(d('title')), maxText(d('title'))]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={4}>
                      <Form.Item name={[name, 'kind']} label={d('kind')} rules={[chosen(d('kind'))]}>
                        <Select options={choices(DOCUMENT_KINDS, 'enums.documentKind')} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[name, 'url']}
                        label={d('url')}
                        rules={[required(d('url')), { validator: (_, v?: string) => (v?.trim() ? check(urlProblem(v)) : Promise.resolve()) }]}
                      >
                        <Input placeholder="https://" />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={4}>
                      <Form.Item
                        name={[name, 'version']}
                        label={d('version')}
                        rules={[required(d('version')), maxText(d('version'), MAX_DOCUMENT_VERSION)]}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={4} md={2}>
                      <Form.Item label=" ">
                        <Button type="link" danger onClick={() => remove(name)} style={{ paddingInline: 0 }}>
                          {d('remove')}
                        </Button>
                      </Form.Item>
                    </Col>
                  </Row>
                ))}
                <Form.ErrorList errors={errors} />
                <Button type="dashed" onClick={() => add({ title: '', url: '', version: '' })} data-testid="product-document-add">
                  {d('add')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
      </Space>
    </Form>
  );
}
