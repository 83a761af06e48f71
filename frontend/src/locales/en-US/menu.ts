export const menu = {
  home: 'Workbench',
  clients: 'Clients',
  products: 'Products',
  audit: 'Audit log',
  apiKeys: 'API keys',
  logout: 'Log out',
  language: '中文',
};
