export const menu = {
  home: '工作台',
  clients: '客户',
  products: '产品',
  productReview: '产品审核',
  suitabilityRecords: '适当性记录',
  audit: '审计日志',
  imports: '数据导入',
  apiKeys: '接口密钥',
  logout: '退出登录',
  language: 'English',
  search: '搜索客户：姓名、拼音首字母、客户号、手机尾号',
  searchNone: '没有匹配的客户',
};
