import dayjs, { type Dayjs } from 'dayjs';

import type { DocumentKind, Horizon, ProductFormFragment, ProductInput, ProductType, RiskLevel, Variety } from '../../../gql/graphql';
import { trimDecimal } from '../../../utils/decimal';

export interface DocumentValues {
  title: string;
  kind?: DocumentKind;
  url: string;
  version: string;
}

// ProductFormValues is the editor's form: ProductInput as antd's inputs
// hold it (amounts and rates as the text typed, never as floats; dates
// as dayjs; choices unset until chosen).
export interface ProductFormValues {
  code: string;
  name: string;
  type?: ProductType;
  issuer: string;
  manager: string;
  riskLevel?: RiskLevel;
  horizon?: Horizon;
  variety?: Variety;
  minAmount: string;
  stepAmount: string;
  subscriptionFeeRate: string;
  redemptionFeeRate: string;
  managementFeeRate: string;
  custodyFeeRate: string;
  expectedReturnMin: string;
  expectedReturnMax: string;
  documents: DocumentValues[];
  professionalOnly: boolean;
  qualifiedOnly: boolean;
  refuseMismatch: boolean;
  assessmentValidityMonths: number | null;
  refuseFromAge: number | null;
  coolingOffHours: number | null;
  saleStart: Dayjs | null;
  saleEnd: Dayjs | null;
}

// A new product starts with no fees, no step, no cooling-off and no restrictions.
export const NEW_PRODUCT: ProductFormValues = {
  code: '',
  name: '',
  issuer: '',
  manager: '',
  minAmount: '',
  stepAmount: '0',
  subscriptionFeeRate: '0',
  redemptionFeeRate: '0',
  managementFeeRate: '0',
  custodyFeeRate: '0',
  expectedReturnMin: '',
  expectedReturnMax: '',
  documents: [],
  professionalOnly: false,
  qualifiedOnly: false,
  refuseMismatch: false,
  assessmentValidityMonths: null,
  refuseFromAge: null,
  coolingOffHours: 0,
  saleStart: null,
  saleEnd: null,
};

// formValuesOf is a product as the editor shows it.
export function formValuesOf(p: ProductFormFragment): ProductFormValues {
  return {
    code: p.code,
    name: p.name,
    type: p.type,
    issuer: p.issuer,
    manager: p.manager ?? '',
    riskLevel: p.riskLevel,
    horizon: p.horizon,
    variety: p.variety,
    minAmount: trimDecimal(p.minAmount),
    stepAmount: trimDecimal(p.stepAmount),
    subscriptionFeeRate: trimDecimal(p.subscriptionFeeRate),
    redemptionFeeRate: trimDecimal(p.redemptionFeeRate),
    managementFeeRate: trimDecimal(p.managementFeeRate),
    custodyFeeRate: trimDecimal(p.custodyFeeRate),
    expectedReturnMin: p.expectedReturnMin ? trimDecimal(p.expectedReturnMin) : '',
    expectedReturnMax: p.expectedReturnMax ? trimDecimal(p.expectedReturnMax) : '',
    documents: (p.documents ?? []).map(({ title, kind, url, version }) => ({ title, kind, url, version })),
    professionalOnly: p.professionalOnly,
    qualifiedOnly: p.qualifiedOnly,
    refuseMismatch: p.refuseMismatch,
    assessmentValidityMonths: p.assessmentValidityMonths ?? null,
    refuseFromAge: p.refuseFromAge ?? null,
    coolingOffHours: p.coolingOffHours,
    saleStart: p.saleStart ? dayjs(p.saleStart) : null,
    saleEnd: p.saleEnd ? dayjs(p.saleEnd) : null,
  };
}

// productInputOf is the form, validated, as the API takes it: text
// trimmed, empty optional values null. The form's rules have made sure
// every required value is there.
export function productInputOf(v: ProductFormValues): ProductInput {
  const text = (s: string | undefined) => (s ?? '').trim();
  const optional = (s: string | undefined) => text(s) || null;
  const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
  return {
    code: text(v.code),
    name: text(v.name),
    type: v.type!,
    issuer: text(v.issuer),
    manager: optional(v.manager),
    riskLevel: v.riskLevel!,
    horizon: v.horizon!,
    variety: v.variety!,
    minAmount: text(v.minAmount),
    stepAmount: text(v.stepAmount) || '0',
    subscriptionFeeRate: text(v.subscriptionFeeRate) || '0',
    redemptionFeeRate: text(v.redemptionFeeRate) || '0',
    managementFeeRate: text(v.managementFeeRate) || '0',
    custodyFeeRate: text(v.custodyFeeRate) || '0',
    expectedReturnMin: optional(v.expectedReturnMin),
    expectedReturnMax: optional(v.expectedReturnMax),
    documents: (v.documents ?? []).map((d) => ({ title: text(d.title), kind: d.kind!, url: text(d.url), version: text(d.version) })),
    professionalOnly: !!v.professionalOnly,
    qualifiedOnly: !!v.qualifiedOnly,
    refuseMismatch: !!v.refuseMismatch,
    assessmentValidityMonths: v.assessmentValidityMonths ?? null,
    refuseFromAge: v.refuseFromAge ?? null,
    coolingOffHours: v.coolingOffHours ?? 0,
    saleStart: day(v.saleStart),
    saleEnd: day(v.saleEnd),
  };
}
