import { useQuery } from '@apollo/client/react';

import { VIEWER_CLIENT } from '../../orders/graphql/viewerClient';
import { AssessmentButton } from './AssessmentButton';

// SelfAssessmentButton lets a client take their own questionnaire in the app.
export function SelfAssessmentButton() {
  const { data } = useQuery(VIEWER_CLIENT);
  const client = data?.viewer?.client;
  if (!client) return null;
  return <AssessmentButton clientId={client.id} channel="APP" />;
}
