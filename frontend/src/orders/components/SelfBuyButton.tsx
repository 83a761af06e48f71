import { useQuery } from '@apollo/client/react';

import type { SuitabilityRecordChannel } from '../../gql/graphql';
import { VIEWER_CLIENT } from '../graphql/viewerClient';
import { BuyButton } from './BuyButton';

export interface SelfBuyButtonProps {
  product: { id: string; name: string };
  channel?: SuitabilityRecordChannel;
}

// SelfBuyButton is a client's own Buy button: the order is theirs.
export function SelfBuyButton({ product, channel = 'APP' }: SelfBuyButtonProps) {
  const { data } = useQuery(VIEWER_CLIENT);
  const client = data?.viewer?.client;
  if (!client) return null;
  return <BuyButton clientId={client.id} product={product} channel={channel} />;
}
