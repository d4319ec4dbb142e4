import type { UserRole } from '@app/contracts';
import { SetMetadata } from '@nestjs/common';

export const ACCESS_KEY = 'chc:access';

/**
 * Who may call a route, declared beside it. Every route must declare one; the access guard
 * refuses routes without it. 'anonymous' means no sign-in needed. Landlord users are further
 * limited to their own organisation's data by the services (another landlord's data answers 404).
 */
export type AccessRule = 'anonymous' | UserRole[];

export const Access = (rule: AccessRule) => SetMetadata(ACCESS_KEY, rule);
export const Public = () => Access('anonymous');
