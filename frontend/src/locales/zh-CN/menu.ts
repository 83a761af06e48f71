export const menu = {
  home: '工作台',
  clients: '客户',
  products: '产品',
  logout: '退出登录',
  language: 'English',
};
