import { graphql } from '../../../gql';

// The fields a row of the job table shows; startImport answers with the
// same, so a new job's row is in the cache at once.
export const IMPORT_JOB_ROW = graphql(`
  fragment ImportJobRow on ImportJob {
    id
    kind
    fileName
    status
    percent
    linesDone
    inserted
    updated
    unchanged
    rejected
    dryRun
    startedAt
    finishedAt
  }
`);
