/**
 * Audited actions. Values are stored in the database: never rename one. Other features add theirs
 * (uploads, corrections, confirmations, exports) to this list.
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.account_locked',
  'auth.logout',
  'auth.password_change',
  'auth.password_set',
  'user.create',
  'user.update',
  'user.set_password_link',
  'landlord.create',
  'landlord.update',
  'landlord.delete',
  'landlord.import',
  'landlord.merge',
  'submission.upload',
  'submission.confirm',
  'submission.assign',
  'submission.reprocess',
  'submission.reparse_accept',
  'submission.reparse_reject',
  'answer.correct',
  'export.create',
  'flag.confirm',
  'flag.dismiss',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEventDto {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  requestId: string | null;
}

/** GET /api/audit query. Dates are ISO 8601; `to` is exclusive. */
export interface AuditQuery {
  action?: string;
  actorId?: string;
  actorEmail?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}
