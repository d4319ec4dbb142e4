import type { UserRole } from './enums';

/** The signed-in user, as the API sees it and the dashboard shows it. */
export interface SessionUser {
  id: string;
  email: string;
  role: UserRole;
  /** Set for landlord users only. */
  landlordId: string | null;
  landlordName: string | null;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface LoginResponse {
  user: SessionUser;
  /** Send back in the `x-csrf-token` header on every state-changing request. */
  csrfToken: string;
}

/** GET /api/auth/me: the same shape as a login, so a reloaded page gets its CSRF token back. */
export type MeResponse = LoginResponse;

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** POST /api/auth/set-password, with the token from a one-time set-password link. */
export interface SetPasswordRequest {
  token: string;
  password: string;
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export interface CreateUserRequest {
  email: string;
  role: UserRole;
  landlordId?: string;
  password?: string;
}

/** PATCH /api/users/:id. A landlord role needs a landlordId; other roles clear it. */
export interface UpdateUserRequest {
  role?: UserRole;
  landlordId?: string | null;
  /** true disables the account and ends its sessions; false enables it and clears any lockout. */
  disabled?: boolean;
}

export interface UserDto {
  id: string;
  email: string;
  role: UserRole;
  landlordId: string | null;
  landlordName: string | null;
  disabled: boolean;
  /** Set while the account is locked after repeated failed sign-ins. */
  lockedUntil: string | null;
  /** False for an invited user who has not set a password yet. */
  hasPassword: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface CreateUserResponse {
  user: UserDto;
  /** One-time link to set a password, when none was given. */
  setPasswordUrl?: string;
}

/** POST /api/users/:id/set-password-link: a fresh one-time link (e.g. for a forgotten password). */
export interface SetPasswordLinkResponse {
  setPasswordUrl: string;
  expiresAt: string;
}
