import { SUBMISSION_ERROR_CODES } from '@app/contracts';
import { type HostileFile, type SpawnedWorker, hostileFiles } from '@app/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, type Harness, startHarness, variant } from './ingestion.test-support';

const MAX_MEMORY_MB = 512;
const TIMEOUT_MS = 30_000;
// The RSS watchdog samples every 100 ms: a parse allocating fast can pass the ceiling by what it allocates in
// that time before it is killed. 256 MB is the margin we promise above PARSE_MAX_MEMORY_MB.
const RSS_MARGIN_MB = 256;

/** "parse of submission <id>: <outcome> in <ms> ms, peak RSS <mb> MB" lines of the worker's log. */
function parseReports(output: string): Map<string, { outcome: string; ms: number; peakMb: number }> {
  const reports = new Map<string, { outcome: string; ms: number; peakMb: number }>();
  for (const match of output.matchAll(/parse of submission (\S+): (\w+) in (\d+) ms, peak RSS (\d+) MB/g)) {
    reports.set(match[1]!, { outcome: match[2]!, ms: Number(match[3]), peakMb: Number(match[4]) });
  }
  return reports;
}

describe('hostile files (real worker process, parses isolated and bounded)', () => {
  let h: Harness;
  let worker: SpawnedWorker;
  const files: HostileFile[] = hostileFiles(fixture('corpus/004_f04719c660cefd4a.txt'));

  beforeAll(async () => {
    h = await startHarness();
    worker = await h.startWorker({ PARSE_MAX_MEMORY_MB: String(MAX_MEMORY_MB), PARSE_TIMEOUT_MS: String(TIMEOUT_MS) });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('ends every class in a clear state within the limits, and the worker survives to parse a normal document', async () => {
    const uploads: { file: HostileFile; id: string }[] = [];
    for (const [i, file] of files.entries()) {
      const landlord = Object.values(h.landlords)[i % 5]!;
      const bytes = await file.make();
      const { status, body } = await h.analyst.sendFile(bytes, file.fileName, { landlordId: landlord }).catch((error: unknown) => {
        throw new Error(`${file.name} (${bytes.length} bytes): the upload failed: ${String(error)}`);
      });
      expect(status, `${file.name}: ${body.message ?? ''}`).toBe(202);
      uploads.push({ file, id: body.id });
    }
    const rows: Record<string, unknown>[] = [];
    for (const { file, id } of uploads) {
      // Two documents at a time per worker: the last may wait for the ones before it.
      const detail = await h.analyst.waitFor(id, ['parsed', 'needs_review', 'failed'], files.length * (TIMEOUT_MS + 5_000));
      if (detail.status === 'failed') {
        expect(SUBMISSION_ERROR_CODES, file.name).toContain(detail.errorCode);
        expect(detail.errorCode, file.name).not.toBe('processing_failed');
        expect(detail.errorMessage?.length ?? 0, file.name).toBeGreaterThan(40);
      }
      const report = parseReports(worker.output()).get(id);
      rows.push({ class: file.name, status: detail.status, code: detail.errorCode ?? '', ms: report?.ms, peakMb: report?.peakMb });
      if (report) {
        expect(report.ms, file.name).toBeLessThan(TIMEOUT_MS + 5_000);
        expect(report.peakMb, file.name).toBeLessThan(MAX_MEMORY_MB + RSS_MARGIN_MB);
      }
    }
    console.table(rows);
    expect(worker.process.exitCode).toBeNull();
    expect(worker.process.signalCode).toBeNull();

    const started = Date.now();
    const { body } = await h.analyst.sendFile(variant(fixture('corpus/004_f04719c660cefd4a.txt'), 'after-hostile'), 'after.txt');
    const parsed = await h.analyst.waitFor(body.id, ['parsed', 'needs_review'], 60_000);
    expect(parsed.answers).toHaveLength(72);
    console.log(`a normal document after the hostile ones: ${Date.now() - started} ms`);
  }, 900_000);
});
