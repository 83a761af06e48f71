import type { ProductInput } from '../../gql/graphql';

// PRODUCT_FIELDS are the fields a product manager edits (ProductInput), in
// the order the editor shows them; a version's changes are listed in the
// same order, named by the same locale keys (pages.products.fields.*).
export const PRODUCT_FIELDS: (keyof ProductInput)[] = [
  'code',
  'name',
  'type',
  'issuer',
  'manager',
  'riskLevel',
  'horizon',
  'variety',
  'minAmount',
  'stepAmount',
  'subscriptionFeeRate',
  'redemptionFeeRate',
  'managementFeeRate',
  'custodyFeeRate',
  'expectedReturnMin',
  'expectedReturnMax',
  'documents',
  'professionalOnly',
  'qualifiedOnly',
  'refuseMismatch',
  'assessmentValidityMonths',
  'refuseFromAge',
  'coolingOffHours',
  'saleStart',
  'saleEnd',
];

// fieldRank orders field names as PRODUCT_FIELDS does; a name it does not
// know comes last.
export function fieldRank(field: string): number {
  const i = (PRODUCT_FIELDS as string[]).indexOf(field);
  return i < 0 ? PRODUCT_FIELDS.length : i;
}
