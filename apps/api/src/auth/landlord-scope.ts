import type { SessionUser } from '@app/contracts';
import { authError, AuthErrorCode } from './auth.errors';

/**
 * Landlord users see only their own organisation's data; analysts and admins see everything.
 * Services call these with the `@CurrentUser()` of the request. Another landlord's data answers
 * 404, never 403, so its existence does not leak.
 */

/** The landlord a user's queries must be limited to; undefined for analysts and admins (no limit). */
export function landlordScope(user: SessionUser): string | undefined {
  return user.role === 'landlord' ? (user.landlordId ?? '00000000-0000-0000-0000-000000000000') : undefined;
}

export function canSeeLandlord(user: SessionUser, landlordId: string | null | undefined): boolean {
  return user.role !== 'landlord' || (!!landlordId && landlordId === user.landlordId);
}

/**
 * Throws 404 unless the user may see data of `landlordId` (a landlord user's data with no landlord,
 * e.g. an unassigned submission, is hidden too). `what` names the thing in the message.
 */
export function assertCanSeeLandlord(
  user: SessionUser,
  landlordId: string | null | undefined,
  what = 'That item',
): void {
  if (!canSeeLandlord(user, landlordId)) {
    throw authError(AuthErrorCode.NotFound, `${what} was not found. Check the link, or go back to the list.`);
  }
}
