import { graphql } from '../../../gql';

// What the job's summary shows: what was imported, how far it got and what
// it did.
export const IMPORT_JOB_SUMMARY = graphql(`
  fragment ImportJobSummary on ImportJob {
    id
    kind
    format
    encoding
    fileName
    fileSize
    dryRun
    status
    percent
    linesDone
    inserted
    updated
    unchanged
    rejected
    error
    startedAt
    finishedAt
    createdBy {
      id
      displayName
    }
  }
`);
