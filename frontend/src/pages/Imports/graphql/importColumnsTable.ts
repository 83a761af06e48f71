import { graphql } from '../../../gql';

// A documented column of an import file, as the columns table shows it.
export const IMPORT_COLUMNS_TABLE = graphql(`
  fragment ImportColumnsTable on ImportColumn {
    name
    required
    description
  }
`);
