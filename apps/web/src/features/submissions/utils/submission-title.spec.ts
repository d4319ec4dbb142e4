import { describe, expect, it } from 'vitest';
import { submissionTitle } from './submission-title';

describe('submissionTitle', () => {
  const base = { landlordName: null, assessmentYear: null, createdAt: '2026-12-03T10:00:00Z' };

  it('names the landlord and year', () => {
    expect(submissionTitle({ ...base, landlordName: 'Octavia Housing', assessmentYear: 2024 })).toBe(
      'Octavia Housing 2024',
    );
  });

  it('uses the landlord named in the document when none is assigned', () => {
    expect(submissionTitle({ ...base, detectedLandlordName: 'whg', assessmentYear: 2023 })).toBe('whg 2023');
    expect(submissionTitle({ ...base, landlordName: 'whg' })).toBe('whg, year not known');
  });

  it('falls back to the upload day, never the file name', () => {
    expect(submissionTitle(base)).toBe('Self-assessment uploaded 3 December 2026');
    expect(submissionTitle({ ...base, assessmentYear: 2025 })).toBe('Landlord not known, 2025');
  });
});
