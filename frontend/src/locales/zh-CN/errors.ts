export const errors = {
  UNAUTHENTICATED: '登录已失效，请重新登录。',
  FORBIDDEN: '您无权执行此操作。',
  NOT_FOUND: '记录不存在，或您无权查看。',
  BAD_USER_INPUT: '输入有误：{{message}}',
  CONFLICT: '与已有记录冲突。',
  RATE_LIMITED: '操作过于频繁：{{message}}',
  INTERNAL: '服务器出错，请稍后再试。',
  NETWORK: '无法连接服务器，请检查网络。',
  badCredentials: '用户名或密码错误。',
  crashed: '页面出错了',
  reload: '重新加载',
};
