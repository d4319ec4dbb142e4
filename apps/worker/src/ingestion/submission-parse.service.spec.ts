import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LandlordMatcher, ParseOutcome, ParseResultsRepository, SubmissionToParse } from '@app/db';
import { UnrecoverableError } from 'bullmq';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadWorkerConfig } from '../config/worker-config';
import { SubmissionParseService } from './submission-parse.service';

const CORPUS = resolve(__dirname, '../../../../libs/parser/fixtures/corpus/004_f04719c660cefd4a.txt');

function submission(overrides: Partial<SubmissionToParse> = {}): SubmissionToParse {
  return {
    id: 's1',
    status: 'queued',
    landlordId: null,
    assessmentYear: null,
    parseGeneration: 1,
    parsedGeneration: 0,
    file: { bytes: readFileSync(CORPUS), mediaType: 'text/plain', format: 'text', originalName: 'lewisham.txt' },
    ...overrides,
  };
}

describe('SubmissionParseService', () => {
  let results: {
    begin: ReturnType<typeof vi.fn>;
    load: ReturnType<typeof vi.fn>;
    progress: ReturnType<typeof vi.fn>;
    apply: ReturnType<typeof vi.fn>;
    fail: ReturnType<typeof vi.fn>;
  };
  let landlords: { match: ReturnType<typeof vi.fn>; nameOf: ReturnType<typeof vi.fn> };
  let service: SubmissionParseService;
  const progress = vi.fn(async () => undefined);

  beforeEach(() => {
    results = {
      begin: vi.fn(async () => 'go'),
      load: vi.fn(async () => submission()),
      progress: vi.fn(async () => undefined),
      apply: vi.fn(async (_id: string, _generation: number, outcome: ParseOutcome) => ({
        applied: true,
        status: outcome.landlordId && outcome.assessmentYear && !outcome.holdForReview ? 'parsed' : 'needs_review',
        diff: 'none',
      })),
      fail: vi.fn(async () => ({ applied: true, status: 'failed', diff: 'none' })),
    };
    landlords = {
      match: vi.fn(async () => ({ landlordId: 'lew', landlordName: 'Lewisham Council', score: 1, matchedOn: 'x' })),
      nameOf: vi.fn(async () => null),
    };
    service = new SubmissionParseService(
      loadWorkerConfig({}),
      results as unknown as ParseResultsRepository,
      landlords as unknown as LandlordMatcher,
    );
  });

  it('parses the stored bytes and writes every answer with the matched landlord and detected year', async () => {
    const outcome = await service.parse({ submissionId: 's1', reason: 'upload', generation: 1 }, progress);
    expect(outcome).toEqual({ outcome: 'applied', status: 'parsed', rows: 72, diff: 'none' });
    expect(landlords.match).toHaveBeenCalledWith('Lewisham Council');
    const [id, generation, written] = results.apply.mock.calls[0] as [string, number, ParseOutcome];
    expect([id, generation]).toEqual(['s1', 1]);
    expect(written.landlordId).toBe('lew');
    expect(written.assessmentYear).toBe(2025);
    expect(written.answers).toHaveLength(72);
    expect(written.answers[0]).toMatchObject({ position: 0, provision: '1.2' });
    expect(written.submission).toMatchObject({ codeVersion: '2024', detectedLandlordName: 'Lewisham Council' });
    expect(progress).toHaveBeenCalledWith(100);
  });

  it('keeps an explicit landlord and year when the document names the same landlord', async () => {
    results.load.mockResolvedValue(submission({ landlordId: 'lew', assessmentYear: 2023 }));
    await service.parse({ submissionId: 's1', reason: 'upload', generation: 1 }, progress);
    const written = results.apply.mock.calls[0]![2] as ParseOutcome;
    expect(written).toMatchObject({ landlordId: 'lew', assessmentYear: 2023, holdForReview: false });
    expect(written.submission.warnings.join(' ')).not.toContain('landlord_mismatch');
  });

  it('holds for review, naming both, a document filed under one landlord that names another', async () => {
    results.load.mockResolvedValue(submission({ landlordId: 'given', assessmentYear: 2023 }));
    landlords.nameOf.mockResolvedValue('Octavia Housing');
    await service.parse({ submissionId: 's1', reason: 'upload', generation: 1 }, progress);
    const written = results.apply.mock.calls[0]![2] as ParseOutcome;
    expect(written).toMatchObject({ landlordId: 'given', holdForReview: true });
    expect(written.submission.warnings.join(' ')).toMatch(/landlord_mismatch: filed under Octavia Housing.*Lewisham Council/);
  });

  it('needs review, naming the landlord, when the detected name matches nobody', async () => {
    landlords.match.mockResolvedValue(null);
    const outcome = await service.parse({ submissionId: 's1', reason: 'upload', generation: 1 }, progress);
    expect(outcome).toMatchObject({ status: 'needs_review' });
    const written = results.apply.mock.calls[0]![2] as ParseOutcome;
    expect(written.submission.warnings.join(' ')).toContain('"Lewisham Council", is not in the register');
  });

  it('does nothing for a stale or already applied generation', async () => {
    results.begin.mockResolvedValue('stale');
    expect(await service.parse({ submissionId: 's1', reason: 'upload', generation: 1 }, progress)).toEqual({
      outcome: 'skipped',
      reason: 'stale',
    });
    expect(results.load).not.toHaveBeenCalled();
    expect(results.apply).not.toHaveBeenCalled();
  });

  it('records a document problem with an actionable message and fails the job without retries', async () => {
    results.load.mockResolvedValue(
      submission({ file: { bytes: Buffer.from('just a note, no table here\n'), mediaType: 'text/plain', format: 'text', originalName: 'n.txt' } }),
    );
    await expect(service.parse({ submissionId: 's1', reason: 'upload', generation: 1 }, progress)).rejects.toBeInstanceOf(
      UnrecoverableError,
    );
    expect(results.fail).toHaveBeenCalledWith('s1', 1, 'no_table_found', expect.stringMatching(/self-assessment table/));
    expect(results.apply).not.toHaveBeenCalled();
  });

  it('lets a transient failure propagate so BullMQ retries it', async () => {
    results.apply.mockRejectedValue(new Error('connection terminated'));
    await expect(service.parse({ submissionId: 's1', reason: 'upload', generation: 1 }, progress)).rejects.toThrow(
      'connection terminated',
    );
    expect(results.fail).not.toHaveBeenCalled();
  });

  it('marks the submission failed on our side once retries are used up', async () => {
    await service.giveUp({ submissionId: 's1', reason: 'upload', generation: 3 }, 'connection terminated');
    expect(results.fail).toHaveBeenCalledWith('s1', 3, 'processing_failed', expect.stringMatching(/problem on our side/));
  });
});
