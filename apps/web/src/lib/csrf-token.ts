const STORAGE_KEY = 'chc.csrfToken';

let current: string | null = null;

/** The token the API issued at sign-in, sent as `x-csrf-token` on every state-changing request. */
export function getCsrfToken(): string | null {
  if (current) return current;
  try {
    current = window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    current = null;
  }
  return current;
}

export function setCsrfToken(token: string | null): void {
  current = token;
  try {
    if (token) window.sessionStorage.setItem(STORAGE_KEY, token);
    else window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable (private mode); the in-memory copy still works for this page.
  }
}

export const CSRF_HEADER = 'x-csrf-token';
