import type { CodegenConfig } from '@graphql-codegen/cli';

// The SPA's types come from the server's committed schema, never by hand.
const config: CodegenConfig = {
  schema: '../graph/*.graphqls',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Map is the audit log's before/after: any JSON object. An Upload
        // is sent as a multipart request's file (utils/uploadMutation.ts).
        scalars: {
          Decimal: 'string',
          Date: 'string',
          Time: 'string',
          Cursor: 'string',
          ID: 'string',
          Map: 'Record<string, unknown>',
          Upload: 'File',
        },
      },
    },
    // The concrete types of each interface, for Apollo's cache.
    './src/gql/possibleTypes.ts': { plugins: ['./codegen/possibleTypes.cjs'] },
  },
};

export default config;
