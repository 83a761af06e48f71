import type { ProductNavChartFragment } from '../../../gql/graphql';
import { nodes } from '../../../utils/nodes';

export interface NavPoint {
  date: string;
  nav: string;
}

// navSeries is the product's NAVs oldest first, as a chart draws them
// (the query asks for the latest, newest first).
export function navSeries(product: ProductNavChartFragment): NavPoint[] {
  return nodes(product.navs)
    .map(({ date, nav }) => ({ date, nav }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
