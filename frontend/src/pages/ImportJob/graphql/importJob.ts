import { graphql } from '../../../gql';

// An import job's page; its rejections load with their own pages.
export const IMPORT_JOB = graphql(`
  query ImportJob($id: ID!) {
    node(id: $id) {
      ... on ImportJob {
        id
        ...ImportJobSummary
      }
    }
  }
`);
