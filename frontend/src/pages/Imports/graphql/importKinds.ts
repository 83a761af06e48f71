import { graphql } from '../../../gql';

// The kinds of import file and the columns each documents.
export const IMPORT_KINDS = graphql(`
  query ImportKinds {
    importKinds {
      kind
      columns {
        ...ImportColumnsTable
      }
    }
  }
`);
