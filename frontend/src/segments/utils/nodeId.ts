let last = 0;

// nodeId names a node of a rule draft for React's keys; unique while the
// page lives, never sent to the server.
export function nodeId(): string {
  last += 1;
  return `n${last}`;
}
