export const common = {
  previous: 'Previous',
  next: 'Next',
  yes: 'Yes',
  no: 'No',
  loadMore: 'Load more',
};
