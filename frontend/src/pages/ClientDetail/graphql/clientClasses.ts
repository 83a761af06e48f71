import { graphql } from '../../../gql';

// The client's class in every classification scheme.
export const CLIENT_CLASSES = graphql(`
  fragment ClientClasses on Customer {
    classes {
      scheme {
        id
        key
        nameZh
        nameEn
      }
      class {
        key
        nameZh
        nameEn
      }
    }
  }
`);
