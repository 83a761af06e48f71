import { graphql } from '../../../gql';

// The figures and terms an advisor quotes and the suitability check uses.
export const PRODUCT_FIGURES = graphql(`
  fragment ProductFigures on Product {
    id
    horizon
    variety
    nav
    navDate
    return1y
    salesAmount
    minAmount
    stepAmount
    subscriptionFeeRate
    redemptionFeeRate
    managementFeeRate
    custodyFeeRate
    expectedReturnMin
    expectedReturnMax
    saleStart
    saleEnd
    professionalOnly
    qualifiedOnly
    refuseMismatch
    assessmentValidityMonths
    refuseFromAge
    coolingOffHours
  }
`);
