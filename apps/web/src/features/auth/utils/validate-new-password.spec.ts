import { PASSWORD_MIN_LENGTH } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import { validateNewPassword } from './validate-new-password';

describe('validateNewPassword', () => {
  const good = 'x'.repeat(PASSWORD_MIN_LENGTH);

  it('needs a long enough password, typed twice', () => {
    expect(validateNewPassword('', '')).toEqual({ password: 'Enter a new password' });
    expect(validateNewPassword('short', 'short').password).toMatch(/characters or more/);
    expect(validateNewPassword(good, `${good}y`)).toEqual({ confirm: 'The passwords do not match' });
    expect(validateNewPassword(good, good)).toEqual({});
  });
});
