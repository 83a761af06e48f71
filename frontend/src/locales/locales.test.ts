import { describe, expect, it } from 'vitest';

import type {
  ContributionPeriod,
  ImportJobEncoding,
  ImportJobFormat,
  ImportJobKind,
  ImportJobStatus,
  ImportRejectionReason,
  SavedSegmentVisibility,
} from '../gql/graphql';
import { catalogue as enUS } from './en-US';
import { catalogue as zhCN } from './zh-CN';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('locale catalogues', () => {
  it('have exactly the same keys in both languages', () => {
    expect(keys(enUS).sort()).toEqual(keys(zhCN).sort());
  });

  it('have no empty strings', () => {
    for (const [name, cat] of [['zh-CN', zhCN], ['en-US', enUS]] as const) {
      const empty = keys(cat).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], cat) === '');
      expect(empty, name).toEqual([]);
    }
  });
});

// Every value of an enum the imports show, each typed as a Record over the
// generated enum so that a value added to the schema fails the typecheck.
const IMPORT_ENUMS: Record<string, Record<string, true>> = {
  importJobKind: {
    CLIENTS: true,
    ACCOUNTS: true,
    HOLDINGS: true,
    TRADES: true,
    FLOWS: true,
    INTERACTIONS: true,
    PRODUCTS: true,
    ASSESSMENTS: true,
    DIMENSION_VALUES: true,
  } satisfies Record<ImportJobKind, true>,
  importJobStatus: { RUNNING: true, SUCCEEDED: true, FAILED: true } satisfies Record<ImportJobStatus, true>,
  importJobFormat: { CSV: true, NDJSON: true } satisfies Record<ImportJobFormat, true>,
  importJobEncoding: { UTF8: true, GB18030: true } satisfies Record<ImportJobEncoding, true>,
  importRejectionReason: {
    MISSING: true,
    MALFORMED: true,
    BAD_NUMBER: true,
    NEGATIVE: true,
    BAD_DATE: true,
    BAD_ENUM: true,
    TOO_LONG: true,
    BAD_ID_NUMBER: true,
    BAD_PHONE: true,
    BAD_EMAIL: true,
    UNKNOWN_REFERENCE: true,
    DUPLICATE_KEY: true,
    INVALID: true,
  } satisfies Record<ImportRejectionReason, true>,
};

describe('import enums', () => {
  it('name every value in both languages', () => {
    for (const [name, cat] of [['zh-CN', zhCN], ['en-US', enUS]] as const) {
      const enums = cat.enums as unknown as Record<string, Record<string, string> | undefined>;
      for (const [group, values] of Object.entries(IMPORT_ENUMS)) {
        expect(Object.keys(enums[group] ?? {}).sort(), `${name} enums.${group}`).toEqual(Object.keys(values).sort());
      }
    }
  });
});

// The enums of segments and the contribution analysis, likewise, and the
// catalogue's groups, operators and rule problems as package segment has them.
const SEGMENT_ENUMS: Record<string, Record<string, true>> = {
  savedSegmentVisibility: { PRIVATE: true, BRANCH: true, ALL: true } satisfies Record<SavedSegmentVisibility, true>,
  contributionPeriod: {
    LAST_30_DAYS: true,
    LAST_90_DAYS: true,
    LAST_180_DAYS: true,
    LAST_365_DAYS: true,
    YEAR_TO_DATE: true,
  } satisfies Record<ContributionPeriod, true>,
  dimensionGroup: Object.fromEntries(
    ['BASIC', 'BEHAVIOUR', 'HOLDINGS', 'PROFITABILITY', 'FUND_BEHAVIOUR', 'CONTRIBUTION', 'RISK', 'SERVICE', 'MARGIN', 'MARKETING', 'INSTITUTION', 'CLASSIFICATION'].map((g) => [g, true]),
  ),
  segmentOperator: Object.fromEntries(
    ['EQ', 'NE', 'LT', 'LE', 'GT', 'GE', 'BETWEEN', 'IN', 'NOT_IN', 'EMPTY', 'NOT_EMPTY', 'HAS_TAG', 'NOT_HAS_TAG', 'WITHIN_LAST', 'BEFORE_LAST'].map((o) => [o, true]),
  ),
  ruleProblem: Object.fromEntries(
    ['BAD_STRUCTURE', 'UNKNOWN_DIMENSION', 'BAD_OPERATOR', 'TYPE_MISMATCH', 'BAD_VALUE', 'TOO_DEEP', 'TOO_MANY'].map((p) => [p, true]),
  ),
};

describe('segment enums', () => {
  it('name every value in both languages', () => {
    for (const [name, cat] of [['zh-CN', zhCN], ['en-US', enUS]] as const) {
      const enums = cat.enums as unknown as Record<string, Record<string, string> | undefined>;
      for (const [group, values] of Object.entries(SEGMENT_ENUMS)) {
        expect(Object.keys(enums[group] ?? {}).sort(), `${name} enums.${group}`).toEqual(Object.keys(values).sort());
      }
    }
  });
});
