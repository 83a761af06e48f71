import { graphql } from '../../gql';

// The questionnaire in force, with its wording in both languages.
export const RISK_QUESTIONNAIRE = graphql(`
  query RiskQuestionnaire {
    riskQuestionnaire {
      id
      version
      title {
        zh
        en
      }
      questions {
        key
        multiple
        text {
          zh
          en
        }
        options {
          key
          score
          text {
            zh
            en
          }
        }
      }
    }
  }
`);
