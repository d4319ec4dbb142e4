import { SUBMISSION_ERROR_CODES, SUBMISSION_FAILURES } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import { failureMessage } from './failure-messages';

const context = { maxPages: 300, maxBytes: 25 * 1024 * 1024, timeoutMs: 60_000 };

describe('failure messages', () => {
  it('has a message saying what to do for every error code', () => {
    for (const code of SUBMISSION_ERROR_CODES) {
      const message = SUBMISSION_FAILURES[code].message(context);
      expect(message.length).toBeGreaterThan(40);
      expect(message).toMatch(/upload|re-process|save|export/i);
    }
  });

  it('tells the landlord how to fix the common PDF problems', () => {
    expect(failureMessage('pdf_encrypted', context).message).toMatch(/remove the password/i);
    expect(failureMessage('pdf_no_text', context).message).toMatch(/scanned documents need a text layer/i);
    expect(failureMessage('pdf_too_many_pages', context).message).toContain('300 pages');
    expect(failureMessage('file_too_large', context).message).toContain('25 MB');
  });

  it('treats an unknown code as a failure on our side', () => {
    expect(failureMessage('something_new', context).code).toBe('processing_failed');
  });
});
