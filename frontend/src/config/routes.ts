import type { Area } from '../access';

// The navigation: one entry per area, in menu order.
export interface RouteEntry {
  area: Area;
  path: string;
  labelKey: string;
}

export const ROUTES: RouteEntry[] = [
  { area: 'home', path: '/', labelKey: 'menu.home' },
  { area: 'clients', path: '/clients', labelKey: 'menu.clients' },
  { area: 'products', path: '/products', labelKey: 'menu.products' },
];
