export const common = {
  previous: '上一页',
  next: '下一页',
  yes: '是',
  no: '否',
  loadMore: '加载更多',
};
