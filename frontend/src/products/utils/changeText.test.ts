import { describe, expect, it } from 'vitest';

import { i18n } from '../../i18n';
import { changeText, fieldLabel } from './changeText';

const t = i18n.getFixedT('zh-CN');

describe('changeText', () => {
  it('shows an empty value as a dash', () => {
    expect(changeText(t, 'manager', '')).toBe('—');
  });

  it('translates enum names and booleans', () => {
    expect(changeText(t, 'type', 'BOND_FUND')).toBe('债券型基金');
    expect(changeText(t, 'horizon', 'LONG')).toBe('长期');
    expect(changeText(t, 'riskLevel', 'R3')).toBe('R3 中风险');
    expect(changeText(t, 'professionalOnly', 'true')).toBe('是');
    expect(changeText(t, 'refuseMismatch', 'false')).toBe('否');
  });

  it('keeps amounts, dates and text as the server recorded them', () => {
    expect(changeText(t, 'managementFeeRate', '1.2000')).toBe('1.2000');
    expect(changeText(t, 'saleEnd', '2025-06-30')).toBe('2025-06-30');
  });
});

describe('fieldLabel', () => {
  it("names a known field and shows an unknown one by the server's name", () => {
    expect(fieldLabel(t, 'managementFeeRate')).toBe('管理费率');
    expect(fieldLabel(t, 'somethingNew')).toBe('somethingNew');
  });
});
