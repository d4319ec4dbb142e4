import type { LoginRequest, LoginResponse, SessionUser, SetPasswordRequest } from '@app/contracts';
import { apiRequest } from '@web/lib/api-client';
import { isApiError } from '@web/lib/api-error';
import { setCsrfToken } from '@web/lib/csrf-token';

type MeResponse = SessionUser | { user: SessionUser; csrfToken?: string };

/** The signed-in user, or null when there is no session. */
export async function fetchSession(): Promise<SessionUser | null> {
  try {
    const me = await apiRequest<MeResponse>('/auth/me');
    if ('user' in me) {
      if (me.csrfToken) setCsrfToken(me.csrfToken);
      return me.user;
    }
    return me;
  } catch (error) {
    if (isApiError(error) && error.statusCode === 401) return null;
    throw error;
  }
}

export async function signIn(request: LoginRequest): Promise<SessionUser> {
  const response = await apiRequest<LoginResponse>('/auth/login', { method: 'POST', body: request });
  setCsrfToken(response.csrfToken);
  return response.user;
}

export async function signOut(): Promise<void> {
  try {
    await apiRequest<void>('/auth/logout', { method: 'POST' });
  } finally {
    setCsrfToken(null);
  }
}

/** POST /api/auth/set-password with the token from a one-time link. */
export async function setPassword(request: SetPasswordRequest): Promise<void> {
  await apiRequest<void>('/auth/set-password', { method: 'POST', body: request });
}
