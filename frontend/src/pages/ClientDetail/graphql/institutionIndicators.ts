import { graphql } from '../../../gql';

// An institution's indicators (机构指标), as the core systems imported
// them, in catalogue order.
export const INSTITUTION_INDICATORS = graphql(`
  fragment InstitutionIndicators on Customer {
    dimensions(group: "INSTITUTION") {
      value
      dimension {
        key
        nameZh
        nameEn
        type
        unit
        description
      }
    }
  }
`);
