/** Values are stored in the database and sent over the wire: never rename one. */
export const USER_ROLES = ['admin', 'analyst', 'landlord'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const LANDLORD_TYPES = ['local_authority', 'housing_association', 'almo', 'tmo', 'other'] as const;
export type LandlordType = (typeof LANDLORD_TYPES)[number];

export const SUBMISSION_STATUSES = [
  'received',
  'queued',
  'parsing',
  'parsed',
  'needs_review',
  'failed',
  'accepted',
] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const ANSWER_STATUSES = ['yes', 'no', 'partial', 'na', 'missing', 'unknown'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export const SOURCE_FORMATS = ['pdf', 'docx', 'html', 'text', 'xlsx', 'ods'] as const;
export type SourceFormatValue = (typeof SOURCE_FORMATS)[number];
