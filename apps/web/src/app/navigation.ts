import type { UserRole } from '@app/contracts';

export interface NavItem {
  text: string;
  href: string;
  /** Served by the API rather than the dashboard's router: a full page load. */
  external?: boolean;
}

/** What each role may use, and only pages that exist. */
export function navigationFor(role: UserRole): NavItem[] {
  switch (role) {
    case 'landlord':
      return [
        { text: 'My submissions', href: '/submissions' },
        { text: 'Upload', href: '/upload' },
      ];
    case 'analyst':
      return [
        { text: 'Submissions', href: '/submissions' },
        { text: 'Upload', href: '/upload' },
      ];
    case 'admin':
      return [
        { text: 'Submissions', href: '/submissions' },
        { text: 'Upload', href: '/upload' },
        { text: 'Queue dashboard', href: '/admin/queues', external: true },
      ];
  }
}

/** Whether a nav item is the current section. */
export function isCurrent(item: NavItem, pathname: string): boolean {
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}

/** Only relative in-app paths are followed after sign-in, so a link cannot send people elsewhere. */
export function safeReturnPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
