import type { UserRole } from '@app/contracts';

export interface NavItem {
  text: string;
  href: string;
  /** Served by the API rather than the dashboard's router: a full page load. */
  external?: boolean;
}

/**
 * Entries other features add to the analysts' menu (the search and check-queue pages), after Landlords.
 * Listing them here keeps the menu in one place.
 */
export const ANALYST_FEATURE_ITEMS: NavItem[] = [
  { text: 'Search', href: '/search' },
  { text: 'Check queue', href: '/checks' },
];

const ANALYST_ITEMS: NavItem[] = [
  { text: 'Overview', href: '/overview' },
  { text: 'Compare', href: '/compare' },
  { text: 'Provisions', href: '/provisions' },
  { text: 'Landlords', href: '/landlords' },
];

/** What each role may use, and only pages that exist. */
export function navigationFor(role: UserRole, landlordId: string | null = null): NavItem[] {
  switch (role) {
    case 'landlord':
      return [
        ...(landlordId ? [{ text: 'My profile', href: `/landlords/${landlordId}` }] : []),
        { text: 'My submissions', href: '/submissions' },
        { text: 'Upload', href: '/upload' },
      ];
    case 'analyst':
      return [
        ...ANALYST_ITEMS,
        ...ANALYST_FEATURE_ITEMS,
        { text: 'Submissions', href: '/submissions' },
        { text: 'Upload', href: '/upload' },
      ];
    case 'admin':
      return [
        ...ANALYST_ITEMS,
        ...ANALYST_FEATURE_ITEMS,
        { text: 'Submissions', href: '/submissions' },
        { text: 'Upload', href: '/upload' },
        { text: 'Queue dashboard', href: '/admin/queues', external: true },
      ];
  }
}

/** Where "/" leads each role: analysts to the sector overview, landlords to their submissions. */
export function homePathFor(role: UserRole): string {
  return role === 'landlord' ? '/submissions' : '/overview';
}

/** Roles that may open the cross-landlord pages (Overview, Compare, Provisions, Landlords). */
export const ANALYST_ROLES: readonly UserRole[] = ['analyst', 'admin'];

/** Whether a nav item is the current section. */
export function isCurrent(item: NavItem, pathname: string): boolean {
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}

/** Pages the API serves itself, outside the dashboard's router: reached by a full page load. */
const SERVER_PAGES = ['/admin/queues'];

/** Whether a path (with any query or fragment) is one of the API's own pages rather than a dashboard route. */
export function isServerPage(path: string): boolean {
  const pathname = path.split(/[?#]/)[0] ?? '';
  return SERVER_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
}

/** Only relative in-app paths are followed after sign-in, so a link cannot send people elsewhere. */
export function safeReturnPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
