import { graphql } from '../../gql';

// What the rule editor knows of a dimension: its names, group and type,
// the values of an ENUM and the operators a rule may use on it.
export const RULE_EDITOR_DIMENSION = graphql(`
  fragment RuleEditorDimension on SegmentDimension {
    key
    nameZh
    nameEn
    group
    type
    unit
    description
    values
    operators
  }
`);
