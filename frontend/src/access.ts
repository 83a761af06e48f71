import type { ProductAction, ProductStatus, UserRole as Role } from './gql/graphql';

// Which role sees which area, decided in one place (Ant Design Pro's
// access.ts). The server enforces access itself; this only shapes the UI.
export type Area =
  | 'home'
  | 'clients'
  | 'products'
  | 'productEdit'
  | 'productReview'
  | 'suitabilityRecords'
  | 'audit'
  | 'imports'
  | 'apiKeys'
  | 'segments'
  | 'schemes'
  | 'contribution';

const CLIENT_VIEWERS: Role[] = ['ADVISOR', 'BRANCH_MANAGER', 'HEAD_OFFICE', 'COMPLIANCE'];

export function canSee(role: Role, area: Area): boolean {
  switch (area) {
    case 'home':
      return true;
    case 'clients':
      return CLIENT_VIEWERS.includes(role);
    case 'products':
      // Staff see the whole library, a client what is on sale (rule.ProductScope).
      return true;
    case 'productEdit':
      return role === 'PRODUCT_MANAGER';
    case 'productReview':
      return role === 'COMPLIANCE';
    case 'suitabilityRecords':
      // The suitability records are kept for compliance and head office.
      return role === 'COMPLIANCE' || role === 'HEAD_OFFICE';
    case 'audit':
      // The audit trail is compliance's alone, as in the AuditLog policy.
      return role === 'COMPLIANCE';
    case 'imports':
      // Bulk imports from the core systems are head office's, as in the
      // ImportJob policy (API keys with IMPORTS_WRITE never see the SPA).
      return role === 'HEAD_OFFICE';
    case 'apiKeys':
      return role === 'ADMIN';
    case 'segments':
      // Those who serve or oversee clients, and product managers, who
      // target campaigns at segments (the SavedSegment policy: staff).
      return CLIENT_VIEWERS.includes(role) || role === 'PRODUCT_MANAGER';
    case 'schemes':
    case 'contribution':
      // Read over the clients the viewer may see.
      return CLIENT_VIEWERS.includes(role);
  }
}

// canCreateSegment mirrors the SavedSegment policy: staff other than
// compliance (who read every segment) keep segments.
export function canCreateSegment(role: Role): boolean {
  return canSee(role, 'segments') && role !== 'COMPLIANCE';
}

// canEditSegment: a segment is changed, counted again or deleted by its
// owner or by head office, as in the SavedSegment policy.
export function canEditSegment(viewer: { id: string; role: Role }, ownerId: string): boolean {
  return viewer.role === 'HEAD_OFFICE' || (canCreateSegment(viewer.role) && ownerId === viewer.id);
}

// canEditScheme: head office alone edits the classification schemes.
export function canEditScheme(role: Role): boolean {
  return role === 'HEAD_OFFICE';
}

// canWriteClient says whether the viewer may act on a client's data: log a
// contact, edit its tags, change its status. As in the server's write
// scope (rule.WriteScope): an advisor their own clients (not those only
// shared with them), a branch manager those of their branch (the only ones
// they can open); head office and compliance read but never write.
export function canWriteClient(viewer: { id: string; role: Role }, advisorId: string | null | undefined): boolean {
  switch (viewer.role) {
    case 'ADVISOR':
      return advisorId === viewer.id;
    case 'BRANCH_MANAGER':
      return true;
    default:
      return false;
  }
}

// productListScope says which products the catalogue lists: those who
// curate, approve or oversee the library see every status (with a status
// filter); the others, who sell or buy, what is on sale.
export function productListScope(role: Role): 'ALL' | 'PUBLISHED' {
  return role === 'PRODUCT_MANAGER' || role === 'COMPLIANCE' || role === 'HEAD_OFFICE' ? 'ALL' : 'PUBLISHED';
}

// canSeeProductHistory mirrors the ProductVersion policy: the versions are
// read by product managers, compliance and head office.
export function canSeeProductHistory(role: Role): boolean {
  return role === 'PRODUCT_MANAGER' || role === 'COMPLIANCE' || role === 'HEAD_OFFICE';
}

// canEditProduct: a product manager changes a draft; anything else is
// reopened as a draft first.
export function canEditProduct(role: Role, status: ProductStatus): boolean {
  return role === 'PRODUCT_MANAGER' && status === 'DRAFT';
}

// LifecycleAction is a move of actOnProduct (CREATE and EDIT are recorded
// by createProduct and updateProduct).
export type LifecycleAction = Exclude<ProductAction, 'CREATE' | 'EDIT'>;

interface Step {
  from: ProductStatus[];
  by: Role[];
  notAuthor?: boolean; // four eyes: never the product manager who submitted it
  byAuthor?: boolean; // only the product manager who submitted it
  needsComment?: boolean;
}

// The lifecycle as the server has it (productops.steps), in the order the
// buttons are shown.
const STEPS: Record<LifecycleAction, Step> = {
  SUBMIT: { from: ['DRAFT'], by: ['PRODUCT_MANAGER'] },
  WITHDRAW: { from: ['IN_REVIEW'], by: ['PRODUCT_MANAGER'], byAuthor: true },
  APPROVE: { from: ['IN_REVIEW'], by: ['COMPLIANCE'], notAuthor: true },
  REJECT: { from: ['IN_REVIEW'], by: ['COMPLIANCE'], notAuthor: true, needsComment: true },
  RESUME: { from: ['SUSPENDED'], by: ['COMPLIANCE'] },
  SUSPEND: { from: ['PUBLISHED'], by: ['PRODUCT_MANAGER', 'COMPLIANCE'], needsComment: true },
  RETIRE: { from: ['PUBLISHED', 'SUSPENDED'], by: ['PRODUCT_MANAGER', 'COMPLIANCE'], needsComment: true },
  REOPEN: { from: ['PUBLISHED', 'SUSPENDED', 'RETIRED'], by: ['PRODUCT_MANAGER'] },
};

// productActions lists the moves the viewer may make on a product now.
export function productActions(
  viewer: { id: string; role: Role },
  product: { status: ProductStatus; submittedBy?: { id: string } | null },
): LifecycleAction[] {
  const submitter = product.submittedBy?.id;
  return (Object.keys(STEPS) as LifecycleAction[]).filter((action) => {
    const step = STEPS[action];
    if (!step.by.includes(viewer.role) || !step.from.includes(product.status)) return false;
    if (step.notAuthor && submitter === viewer.id) return false;
    if (step.byAuthor && submitter !== viewer.id) return false;
    return true;
  });
}

// actionNeedsComment: a rejection, a suspension and a retirement say why.
export function actionNeedsComment(action: LifecycleAction): boolean {
  return STEPS[action].needsComment === true;
}

// canSellProducts: advisors and branch managers place orders for their
// clients (the server checks which: rule.WriteScope).
export function canSellProducts(role: Role): boolean {
  return role === 'ADVISOR' || role === 'BRANCH_MANAGER';
}

// actsForSelf: a client orders and takes the risk questionnaire for
// themselves.
export function actsForSelf(role: Role): boolean {
  return role === 'CLIENT';
}

// canSeeProductTargets: staff see whom a product is for (productTargets
// lists only the clients they may see; a product manager gets the count).
export function canSeeProductTargets(role: Role): boolean {
  return role !== 'CLIENT';
}
