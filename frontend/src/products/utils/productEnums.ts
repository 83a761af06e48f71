import type { DocumentKind, Horizon, ProductStatus, ProductType, RiskLevel, Variety } from '../../gql/graphql';

// The values of the product enums, in the order choices offer them.
export const PRODUCT_TYPES: ProductType[] = [
  'STOCK_FUND',
  'MIXED_FUND',
  'BOND_FUND',
  'MONEY_MARKET_FUND',
  'QDII_FUND',
  'FOF',
  'ETF',
  'BOND',
  'ASSET_MANAGEMENT_PLAN',
  'PRIVATE_FUND',
  'STRUCTURED_NOTE',
  'TRUST',
  'OTHER',
];
export const RISK_LEVELS: RiskLevel[] = ['R1', 'R2', 'R3', 'R4', 'R5'];
// A product's horizon is one of these; ANY is for investors only.
export const PRODUCT_HORIZONS: Horizon[] = ['SHORT', 'MEDIUM', 'LONG'];
export const VARIETIES: Variety[] = ['FIXED_INCOME', 'EQUITY', 'DERIVATIVES', 'COMPLEX', 'OTHER'];
export const PRODUCT_STATUSES: ProductStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SUSPENDED', 'RETIRED'];
export const DOCUMENT_KINDS: DocumentKind[] = ['PROSPECTUS', 'CONTRACT', 'RISK_DISCLOSURE', 'FACT_SHEET', 'ANNOUNCEMENT', 'OTHER'];
