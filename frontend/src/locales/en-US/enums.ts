export const enums = {
  status: { NORMAL: 'Normal', FROZEN: 'Frozen', REPORTED_LOST: 'Reported lost', CLOSED: 'Closed', POTENTIAL: 'Potential' },
  role: {
    ADMIN: 'Administrator',
    HEAD_OFFICE: 'Head office',
    BRANCH_MANAGER: 'Branch manager',
    ADVISOR: 'Advisor',
    PRODUCT_MANAGER: 'Product manager',
    COMPLIANCE: 'Compliance',
    CLIENT: 'Client',
  },
  investorClass: { ORDINARY: 'Ordinary', PROFESSIONAL: 'Professional' },
  accountType: {
    SECURITIES: 'Securities',
    CREDIT: 'Credit (margin)',
    FUND: 'Fund',
    OTC: 'OTC',
    FUTURES: 'Futures',
    OPTIONS: 'Options',
  },
  accountStatus: { NORMAL: 'Normal', FROZEN: 'Frozen', REPORTED_LOST: 'Reported lost', DORMANT: 'Dormant', CLOSED: 'Closed' },
  productStatus: { DRAFT: 'Draft', IN_REVIEW: 'In review', PUBLISHED: 'Published', SUSPENDED: 'Suspended', RETIRED: 'Retired' },
};
