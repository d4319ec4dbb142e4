import { describe, expect, it } from 'vitest';
import { validateSignIn } from './validate-sign-in';

describe('validateSignIn', () => {
  it('asks for both fields when empty', () => {
    expect(validateSignIn('', '')).toEqual({
      email: 'Enter your email address',
      password: 'Enter your password',
    });
  });

  it('rejects an address without a domain', () => {
    expect(validateSignIn('name@', 'x').email).toMatch(/correct format/);
  });

  it('accepts a well-formed address and a password', () => {
    expect(validateSignIn(' name@example.org ', 'secret')).toEqual({});
  });
});
