import { describe, expect, it } from 'vitest';

import type { ProductFormFragment } from '../../../gql/graphql';
import { NEW_PRODUCT, formValuesOf, productInputOf } from './productFormValues';

const product: ProductFormFragment = {
  id: 'p1',
  code: 'P000123',
  name: '招商稳健债券A',
  type: 'BOND_FUND',
  issuer: '招商基金',
  manager: null,
  riskLevel: 'R2',
  horizon: 'MEDIUM',
  variety: 'FIXED_INCOME',
  minAmount: '1000.0000',
  stepAmount: '0.0000',
  subscriptionFeeRate: '0.8000',
  redemptionFeeRate: '0.5000',
  managementFeeRate: '0.7000',
  custodyFeeRate: '0.2000',
  expectedReturnMin: '2.5000',
  expectedReturnMax: '4.0000',
  documents: [{ title: '招募说明书', kind: 'PROSPECTUS', url: 'https://example.com/p.pdf', version: '2024-01' }],
  professionalOnly: false,
  qualifiedOnly: true,
  refuseMismatch: false,
  assessmentValidityMonths: 12,
  refuseFromAge: null,
  coolingOffHours: 24,
  saleStart: '2024-01-01',
  saleEnd: null,
};

describe('formValuesOf', () => {
  it('shows amounts without trailing zeros, dates as days and no manager as empty', () => {
    const v = formValuesOf(product);
    expect(v.minAmount).toBe('1000');
    expect(v.managementFeeRate).toBe('0.7');
    expect(v.stepAmount).toBe('0');
    expect(v.manager).toBe('');
    expect(v.saleStart?.format('YYYY-MM-DD')).toBe('2024-01-01');
    expect(v.saleEnd).toBeNull();
  });
});

describe('productInputOf', () => {
  it('gives back the product it was loaded from, unchanged', () => {
    expect(productInputOf(formValuesOf(product))).toEqual({
      code: 'P000123',
      name: '招商稳健债券A',
      type: 'BOND_FUND',
      issuer: '招商基金',
      manager: null,
      riskLevel: 'R2',
      horizon: 'MEDIUM',
      variety: 'FIXED_INCOME',
      minAmount: '1000',
      stepAmount: '0',
      subscriptionFeeRate: '0.8',
      redemptionFeeRate: '0.5',
      managementFeeRate: '0.7',
      custodyFeeRate: '0.2',
      expectedReturnMin: '2.5',
      expectedReturnMax: '4',
      documents: [{ title: '招募说明书', kind: 'PROSPECTUS', url: 'https://example.com/p.pdf', version: '2024-01' }],
      professionalOnly: false,
      qualifiedOnly: true,
      refuseMismatch: false,
      assessmentValidityMonths: 12,
      refuseFromAge: null,
      coolingOffHours: 24,
      saleStart: '2024-01-01',
      saleEnd: null,
    });
  });

  it('trims text and sends empty optional values as null', () => {
    const input = productInputOf({
      ...NEW_PRODUCT,
      code: ' E2E001 ',
      name: ' 新产品 ',
      type: 'ETF',
      issuer: ' 某基金 ',
      manager: '  ',
      riskLevel: 'R3',
      horizon: 'LONG',
      variety: 'EQUITY',
      minAmount: ' 100 ',
      expectedReturnMin: ' ',
      documents: [{ title: ' 合同 ', kind: 'CONTRACT', url: ' https://example.com/c.pdf ', version: ' v1 ' }],
    });
    expect(input).toMatchObject({
      code: 'E2E001',
      name: '新产品',
      issuer: '某基金',
      manager: null,
      minAmount: '100',
      stepAmount: '0',
      expectedReturnMin: null,
      expectedReturnMax: null,
      coolingOffHours: 0,
      saleStart: null,
      documents: [{ title: '合同', kind: 'CONTRACT', url: 'https://example.com/c.pdf', version: 'v1' }],
    });
  });
});
