import { describe, expect, it } from 'vitest';
import { isParseError } from './errors';
import { parseSubmission } from './parse-submission';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('no_table_found says what the document holds instead', () => {
  it('lists headings and paragraphs of a document without a table', async () => {
    const error = await parseSubmission(
      bytes('# Annual complaints report\n\nWe received 120 complaints this year.\n\n## Learning\n\nWe changed our repairs process.\n'),
    ).catch((e: unknown) => e);
    expect(isParseError(error) && error.code).toBe('no_table_found');
    const message = (error as Error).message;
    expect(message).toMatch(/found instead: 2 headings, 2 paragraphs, 0 tables/);
    expect(message).toContain('"Annual complaints report"');
    expect((error as { details: { headings: number } }).details.headings).toBe(2);
  });

  it('counts tables that hold no self-assessment rows', async () => {
    const error = await parseSubmission(bytes('Quarter\tComplaints\tUpheld\nQ1\t30\t12\nQ2\t28\t9\n')).catch((e: unknown) => e);
    expect(isParseError(error) && error.code).toBe('no_table_found');
    expect((error as Error).message).toMatch(/1 table/);
  });
});
