import { join, resolve } from 'node:path';

/**
 * The committed fixtures the generators read: corpus extractions and their truth, the Word and HTML fixtures
 * printed to PDF, the PDFs the scans are made from.
 */
export const FIXTURE_SOURCES = resolve(__dirname, '..', 'fixtures');

/**
 * Where the generators write: the committed fixtures, or the directory named by FIXTURES_OUT, so a run can be
 * compared with the committed files without touching them.
 */
export const FIXTURE_OUTPUT = process.env['FIXTURES_OUT']
  ? resolve(process.env['FIXTURES_OUT'])
  : FIXTURE_SOURCES;

/** A committed fixture, by its path under libs/parser/fixtures. */
export const fixtureSource = (...parts: string[]): string => join(FIXTURE_SOURCES, ...parts);
