export const errors = {
  UNAUTHENTICATED: 'Your session has ended; please log in again.',
  FORBIDDEN: 'You are not allowed to do this.',
  NOT_FOUND: 'Not found, or you may not see it.',
  BAD_USER_INPUT: 'Invalid input: {{message}}',
  CONFLICT: 'This conflicts with an existing record.',
  RATE_LIMITED: 'Too many attempts: {{message}}',
  INTERNAL: 'Something went wrong on the server; please try again later.',
  NETWORK: 'Cannot reach the server; check the network.',
  badCredentials: 'Wrong username or password.',
  crashed: 'Something went wrong on this page',
  reload: 'Reload',
};
