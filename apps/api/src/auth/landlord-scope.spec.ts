import type { SessionUser } from '@app/contracts';
import { NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { assertCanSeeLandlord, canSeeLandlord, landlordScope } from './landlord-scope';

const user = (role: SessionUser['role'], landlordId: string | null = null): SessionUser => ({
  id: 'u',
  email: 'u@example.org',
  role,
  landlordId,
  landlordName: null,
});

describe('landlord scoping', () => {
  it('lets analysts and admins see every landlord, and no limit applies to their lists', () => {
    for (const role of ['analyst', 'admin'] as const) {
      expect(canSeeLandlord(user(role), 'a')).toBe(true);
      expect(canSeeLandlord(user(role), null)).toBe(true);
      expect(landlordScope(user(role))).toBeUndefined();
    }
  });

  it('limits a landlord user to their own landlord, hiding others (and unassigned data) as not found', () => {
    const own = user('landlord', 'a');
    expect(landlordScope(own)).toBe('a');
    expect(canSeeLandlord(own, 'a')).toBe(true);
    expect(canSeeLandlord(own, 'b')).toBe(false);
    expect(canSeeLandlord(own, null)).toBe(false);
    expect(() => assertCanSeeLandlord(own, 'b', 'That submission')).toThrow(NotFoundException);
    expect(() => assertCanSeeLandlord(own, 'a')).not.toThrow();
  });
});
