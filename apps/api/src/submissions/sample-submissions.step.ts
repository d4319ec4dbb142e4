import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AuditRepository, SubmissionsRepository } from '@app/db';
import { AuditService } from '../audit/audit.service';
import type { SeedStep } from '../cli/seed-steps';
import { IngestionService } from './ingestion.service';

/** The five real self-assessments the parser is tested on (text extractions). */
export const SAMPLE_CORPUS_DIR = resolve(__dirname, '../../../../libs/parser/fixtures/corpus');

/**
 * "Lewisham Council 2025 self-assessment.txt": the name a person would give the file, from the landlord and year
 * its fixture truth records (the corpus files themselves are named by hash). Falls back to the file's own name.
 */
export function readableSampleName(fileName: string, truthPath: string): string {
  if (!existsSync(truthPath)) return fileName;
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as { landlord?: unknown; assessmentYear?: unknown };
  const parts = [truth.landlord, truth.assessmentYear].filter((part) => typeof part === 'string' || typeof part === 'number');
  return parts.length ? `${parts.join(' ')} self-assessment.txt` : fileName;
}

/**
 * In development (npm start), on a database with no submissions, imports the sample self-assessments through the
 * upload pipeline itself (stored file + submission + outbox row; the API's relay queues them when it starts
 * and the worker parses them), so a newcomer sees real submissions at once. Landlords are detected from the
 * documents, as for an analyst's upload. Runs after the sample landlords step.
 */
export const sampleSubmissionsStep: SeedStep = {
  name: 'Sample submissions',
  async run(context) {
    // Development only (npm start): tests and production start with no submissions.
    if (context.config.NODE_ENV !== 'development') return context.log(`  skipped (NODE_ENV=${context.config.NODE_ENV})`);
    const submissions = new SubmissionsRepository(context.dataSource);
    const existing = await submissions.count();
    if (existing > 0) return context.log(`  ${existing} submission${existing === 1 ? '' : 's'} already uploaded: nothing added`);
    let files: string[];
    try {
      files = readdirSync(SAMPLE_CORPUS_DIR).filter((name) => name.endsWith('.txt')).sort();
    } catch {
      return context.log(`  no sample documents found in ${SAMPLE_CORPUS_DIR}`);
    }
    const ingestion = new IngestionService(
      context.config,
      submissions,
      { kick: () => undefined },
      new AuditService(new AuditRepository(context.dataSource)),
    );
    for (const name of files) {
      const fileName = readableSampleName(name, join(SAMPLE_CORPUS_DIR, name.replace(/\.txt$/, '.truth.json')));
      const result = await ingestion.ingest({ bytes: readFileSync(join(SAMPLE_CORPUS_DIR, name)), fileName, user: null });
      context.log(`  queued ${fileName} (${result.id})`);
    }
    context.log('  the worker parses them once the API and worker are running');
  },
};
