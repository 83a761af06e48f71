export const menu = {
  home: 'Workbench',
  clients: 'Clients',
  products: 'Products',
  productReview: 'Product review',
  suitabilityRecords: 'Suitability records',
  audit: 'Audit log',
  imports: 'Imports',
  apiKeys: 'API keys',
  logout: 'Log out',
  language: '中文',
  search: 'Find a client: name, initials, client no., phone last 4',
  searchNone: 'No client matches',
};
