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

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface CreateUserRequest {
  email: string;
  role: UserRole;
  landlordId?: string;
  password?: string;
}

export interface UserDto {
  id: string;
  email: string;
  role: UserRole;
  landlordId: string | null;
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface CreateUserResponse {
  user: UserDto;
  /** One-time link to set a password, when none was given. */
  setPasswordUrl?: string;
}
