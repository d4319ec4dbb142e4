import { describe, expect, it } from 'vitest';
import { uploadErrorMessage } from './upload-error-message';

describe('uploadErrorMessage', () => {
  it.each([
    ['unsupported_media_type', /PDF, Word/],
    ['payload_too_large', /smaller than 25\.0 MB/],
    ['file_too_large', /smaller than/],
    ['processing_failed', /our side/],
    ['pdf_encrypted', /password-protected/],
    ['pdf_no_text', /scan/],
    ['no_table_found', /self-assessment table/],
    ['network', /did not reach/],
  ])('explains %s', (code, title) => {
    const message = uploadErrorMessage(code);
    expect(message.title).toMatch(title);
    expect(message.action.length).toBeGreaterThan(20);
  });

  it('treats the client-side and server-side codes for the same problem alike', () => {
    expect(uploadErrorMessage('too_large')).toEqual(uploadErrorMessage('payload_too_large'));
    expect(uploadErrorMessage('wrong_type')).toEqual(uploadErrorMessage('unsupported_format'));
  });

  it('falls back to the server message with a next step for unknown codes', () => {
    const message = uploadErrorMessage('something_new', 'The file was odd.');
    expect(message.title).toBe('The file was odd.');
    expect(message.action).toMatch(/Try again/);
  });

  it('has a generic message when there is nothing else', () => {
    expect(uploadErrorMessage(null).title).toMatch(/could not be uploaded/);
  });
});
