import { graphql } from '../../../gql';

export const ASSET_ALLOCATION_CHART = graphql(`
  fragment AssetAllocationChart on Customer {
    assetAllocation {
      assetClass
      marketValue
      weight
    }
  }
`);
