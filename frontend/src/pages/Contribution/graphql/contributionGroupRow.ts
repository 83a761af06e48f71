import { graphql } from '../../../gql';

// A row of the branch or advisor table and a bar of its chart.
export const CONTRIBUTION_GROUP_ROW = graphql(`
  fragment ContributionGroupRow on ContributionGroup {
    id
    name
    clients
    revenue
    share
  }
`);
