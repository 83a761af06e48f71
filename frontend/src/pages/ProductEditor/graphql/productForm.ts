import { graphql } from '../../../gql';

// Everything the editor edits (ProductInput), as the product has it now.
export const PRODUCT_FORM = graphql(`
  fragment ProductForm on Product {
    id
    code
    name
    type
    issuer
    manager
    riskLevel
    horizon
    variety
    minAmount
    stepAmount
    subscriptionFeeRate
    redemptionFeeRate
    managementFeeRate
    custodyFeeRate
    expectedReturnMin
    expectedReturnMax
    documents {
      title
      kind
      url
      version
    }
    professionalOnly
    qualifiedOnly
    refuseMismatch
    assessmentValidityMonths
    refuseFromAge
    coolingOffHours
    saleStart
    saleEnd
  }
`);
