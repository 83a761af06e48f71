import { describe, expect, it } from 'vitest';

import { i18n } from '../../i18n';
import { bucketLabel } from './bucketLabel';
import { enumValueLabel } from './enumValueLabel';
import { formatDimensionValue } from './formatDimensionValue';

const zh = i18n.getFixedT('zh-CN');
const en = i18n.getFixedT('en-US');
const schemes = [{ dimensionKey: 'class_asset_tier', classes: [{ key: 'T1', nameZh: '10万以下', nameEn: 'Under 100k' }] }];

describe('formatDimensionValue', () => {
  it('writes amounts and ratios exactly, to two places, with their unit', () => {
    expect(formatDimensionValue(zh, 'zh-CN', { key: 'total_assets', type: 'MONEY', unit: 'CNY' }, '12345678901234.5678')).toBe('12,345,678,901,234.57元');
    expect(formatDimensionValue(en, 'en-US', { key: 'total_assets', type: 'MONEY', unit: 'CNY' }, '-5')).toBe('-5.00 CNY');
    expect(formatDimensionValue(zh, 'zh-CN', { key: 'position_ratio', type: 'NUMBER', unit: '%' }, '80')).toBe('80.00%');
    expect(formatDimensionValue(zh, 'zh-CN', { key: 'turnover', type: 'NUMBER', unit: '×' }, '3.2')).toBe('3.20倍');
  });

  it('groups whole numbers and names their unit', () => {
    expect(formatDimensionValue(zh, 'zh-CN', { key: 'days_since_last_trade', type: 'INTEGER', unit: '天' }, '1234')).toBe('1,234天');
    expect(formatDimensionValue(en, 'en-US', { key: 'days_since_last_trade', type: 'INTEGER', unit: '天' }, '12')).toBe('12 days');
    expect(formatDimensionValue(en, 'en-US', { key: 'x', type: 'INTEGER', unit: '公里' }, '3')).toBe('3 公里');
    expect(formatDimensionValue(zh, 'zh-CN', { key: 'org_employees', type: 'INTEGER', unit: '人' }, '1520')).toBe('1,520人');
    expect(formatDimensionValue(en, 'en-US', { key: 'org_business_lines', type: 'INTEGER', unit: '条' }, '4')).toBe('4 lines');
    expect(formatDimensionValue(en, 'en-US', { key: 'org_satisfaction', type: 'INTEGER', unit: '分' }, '92')).toBe('92 points');
  });

  it('says yes or no, names enum values, and shows none as a dash', () => {
    expect(formatDimensionValue(zh, 'zh-CN', { key: 'margin_active', type: 'BOOLEAN' }, 'true')).toBe('是');
    expect(formatDimensionValue(en, 'en-US', { key: 'margin_active', type: 'BOOLEAN' }, 'false')).toBe('No');
    expect(formatDimensionValue(zh, 'zh-CN', { key: 'status', type: 'ENUM' }, 'FROZEN')).toBe('冻结');
    expect(formatDimensionValue(zh, 'zh-CN', { key: 'last_trade_on', type: 'DATE' }, '2024-05-20')).toBe('2024-05-20');
    expect(formatDimensionValue(zh, 'zh-CN', { key: 'last_trade_on', type: 'DATE' }, null)).toBe('—');
  });
});

describe('enumValueLabel', () => {
  it("names a class by the scheme's class name, a field's value as the app does, and leaves unknown values as they are", () => {
    expect(enumValueLabel(zh, 'zh-CN', 'class_asset_tier', 'T1', schemes)).toBe('10万以下');
    expect(enumValueLabel(en, 'en-US', 'class_asset_tier', 'T1', schemes)).toBe('Under 100k');
    expect(enumValueLabel(zh, 'zh-CN', 'class_asset_tier', 'T9', schemes)).toBe('T9');
    expect(enumValueLabel(zh, 'zh-CN', 'risk_category', 'C3')).toBe('C3 稳健型');
    expect(enumValueLabel(en, 'en-US', 'trading_style', 'LONG_TERM')).toBe('Long term');
    expect(enumValueLabel(zh, 'zh-CN', 'imported_grade', 'A')).toBe('A');
  });
});

describe('bucketLabel', () => {
  it('labels the clients without a value as unclassified for a scheme, as having none otherwise', () => {
    expect(bucketLabel(zh, 'zh-CN', { key: 'class_asset_tier', type: 'ENUM' }, null, schemes)).toBe('未分类');
    expect(bucketLabel(en, 'en-US', { key: 'class_asset_tier', type: 'ENUM' }, null)).toBe('Unclassified');
    expect(bucketLabel(zh, 'zh-CN', { key: 'trading_style', type: 'ENUM' }, null)).toBe('无值');
    expect(bucketLabel(zh, 'zh-CN', { key: 'margin_active', type: 'BOOLEAN' }, 'true')).toBe('是');
    expect(bucketLabel(zh, 'zh-CN', { key: 'class_asset_tier', type: 'ENUM' }, 'T1', schemes)).toBe('10万以下');
  });
});
