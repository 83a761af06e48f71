import { graphql } from '../../../gql';

// How many of the clients the viewer may see are in each status: one
// request, one count per status (first: 0 fetches no rows).
export const CLIENT_STATUS_COUNTS = graphql(`
  query ClientStatusCounts {
    normal: customers(first: 0, where: { status: NORMAL }) {
      totalCount
    }
    frozen: customers(first: 0, where: { status: FROZEN }) {
      totalCount
    }
    reportedLost: customers(first: 0, where: { status: REPORTED_LOST }) {
      totalCount
    }
    closed: customers(first: 0, where: { status: CLOSED }) {
      totalCount
    }
    potential: customers(first: 0, where: { status: POTENTIAL }) {
      totalCount
    }
  }
`);
