import { graphql } from '../../../gql';

// Sent as a multipart request (utils/uploadMutation.ts): input.file is the
// uploaded file.
export const START_IMPORT = graphql(`
  mutation StartImport($input: StartImportInput!) {
    startImport(input: $input) {
      ...ImportJobRow
    }
  }
`);
