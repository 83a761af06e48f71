import { lazy, type ComponentType } from 'react';

import type { Area } from '../access';

const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

// Every page behind the login, declared once: its path, the area whose
// access it needs, its menu label (if it is in the menu) and its component.
export interface RouteEntry {
  path: string;
  area: Area;
  labelKey?: string;
  Page: ComponentType;
}

export const ROUTES: RouteEntry[] = [
  { path: '/', area: 'home', labelKey: 'menu.home', Page: page(() => import('../pages/Home'), 'HomePage') },
  { path: '/clients', area: 'clients', labelKey: 'menu.clients', Page: page(() => import('../pages/Clients'), 'ClientsPage') },
  { path: '/clients/:id', area: 'clients', Page: page(() => import('../pages/ClientDetail'), 'ClientDetailPage') },
  { path: '/products', area: 'products', labelKey: 'menu.products', Page: page(() => import('../pages/Products'), 'ProductsPage') },
  { path: '/products/new', area: 'productEdit', Page: page(() => import('../pages/ProductEditor'), 'ProductEditorPage') },
  { path: '/products/:id', area: 'products', Page: page(() => import('../pages/ProductDetail'), 'ProductDetailPage') },
  { path: '/products/:id/edit', area: 'productEdit', Page: page(() => import('../pages/ProductEditor'), 'ProductEditorPage') },
  {
    path: '/product-review',
    area: 'productReview',
    labelKey: 'menu.productReview',
    Page: page(() => import('../pages/ReviewQueue'), 'ReviewQueuePage'),
  },
  { path: '/product-review/:id', area: 'productReview', Page: page(() => import('../pages/ProductReview'), 'ProductReviewPage') },
  {
    path: '/suitability-records',
    area: 'suitabilityRecords',
    labelKey: 'menu.suitabilityRecords',
    Page: page(() => import('../pages/SuitabilityRecords'), 'SuitabilityRecordsPage'),
  },
  { path: '/audit', area: 'audit', labelKey: 'menu.audit', Page: page(() => import('../pages/AuditLog'), 'AuditLogPage') },
  { path: '/imports', area: 'imports', labelKey: 'menu.imports', Page: page(() => import('../pages/Imports'), 'ImportsPage') },
  { path: '/imports/:id', area: 'imports', Page: page(() => import('../pages/ImportJob'), 'ImportJobPage') },
  { path: '/segments', area: 'segments', labelKey: 'menu.segments', Page: page(() => import('../pages/Segments'), 'SegmentsPage') },
  { path: '/segments/new', area: 'segments', Page: page(() => import('../pages/SegmentBuilder'), 'SegmentBuilderPage') },
  { path: '/segments/:id', area: 'segments', Page: page(() => import('../pages/SegmentBuilder'), 'SegmentBuilderPage') },
  { path: '/schemes', area: 'schemes', labelKey: 'menu.schemes', Page: page(() => import('../pages/Schemes'), 'SchemesPage') },
  {
    path: '/contribution',
    area: 'contribution',
    labelKey: 'menu.contribution',
    Page: page(() => import('../pages/Contribution'), 'ContributionPage'),
  },
  { path: '/admin/api-keys', area: 'apiKeys', labelKey: 'menu.apiKeys', Page: page(() => import('../pages/ApiKeys'), 'ApiKeysPage') },
];
