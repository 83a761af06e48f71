export const menu = {
  home: '工作台',
  clients: '客户',
  products: '产品',
  audit: '审计日志',
  apiKeys: '接口密钥',
  logout: '退出登录',
  language: 'English',
};
