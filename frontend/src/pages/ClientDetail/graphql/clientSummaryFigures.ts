import { graphql } from '../../../gql';

export const CLIENT_SUMMARY_FIGURES = graphql(`
  fragment ClientSummaryFigures on Customer {
    summary {
      totalAssets
      cash
      marketValue
      marginDebt
      unrealisedPnl
      netInflow30d
      netInflow90d
      netInflow365d
      lastTradeAt
      lastContactAt
      assets12MonthsAgo
    }
  }
`);
