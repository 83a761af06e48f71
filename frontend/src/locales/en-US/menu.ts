export const menu = {
  home: 'Workbench',
  clients: 'Clients',
  products: 'Products',
  logout: 'Log out',
  language: '中文',
};
