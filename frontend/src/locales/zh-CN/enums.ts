export const enums = {
  status: { NORMAL: '正常', FROZEN: '冻结', REPORTED_LOST: '挂失', CLOSED: '销户', POTENTIAL: '潜在' },
  role: {
    ADMIN: '系统管理员',
    HEAD_OFFICE: '总部',
    BRANCH_MANAGER: '营业部负责人',
    ADVISOR: '客户经理',
    PRODUCT_MANAGER: '产品经理',
    COMPLIANCE: '合规',
    CLIENT: '客户',
  },
  investorClass: { ORDINARY: '普通投资者', PROFESSIONAL: '专业投资者' },
  accountType: {
    SECURITIES: '普通证券',
    CREDIT: '信用（两融）',
    FUND: '基金',
    OTC: '场外',
    FUTURES: '期货',
    OPTIONS: '期权',
  },
  accountStatus: { NORMAL: '正常', FROZEN: '冻结', REPORTED_LOST: '挂失', DORMANT: '休眠', CLOSED: '销户' },
  productStatus: { DRAFT: '草稿', IN_REVIEW: '审核中', PUBLISHED: '已发布', SUSPENDED: '暂停', RETIRED: '下架' },
};
