import { describe, expect, it } from 'vitest';
import { parseSubmission } from '../parse-submission';

const REPORT = `# Example Homes: Complaint Handling Code self-assessment 2024

## Section 1: Definition of a complaint

### 1.2 A complaint must be defined as an expression of dissatisfaction.

Compliant: Yes

Evidence: Our policy, section 2.

5.2 of the policy repeats it.

Commentary: None.

### 1.3 A resident does not have to use the word complaint.

Do we comply? Partially

Evidence: Staff guidance. Comments: Reviewed every year.

### Provision 1.4

Landlords must recognise the difference between a service request and a complaint.

Compliant: Non-compliant

Evidence
Training records.
`;

describe('a report without a table', () => {
  it('reads each provision heading and its labelled paragraphs as a row', async () => {
    const parsed = await parseSubmission(new TextEncoder().encode(REPORT), { filename: 'report.md' });
    expect(parsed.rows.map((r) => [r.provision, r.status, r.evidence, r.commentary])).toEqual([
      ['1.2', 'yes', 'Our policy, section 2.\n5.2 of the policy repeats it.', 'None.'],
      ['1.3', 'partial', 'Staff guidance.', 'Reviewed every year.'],
      ['1.4', 'no', 'Training records.', null],
    ]);
    expect(parsed.rows[2]?.requirement).toBe('Landlords must recognise the difference between a service request and a complaint.');
    expect(parsed.landlordName).toBe('Example Homes');
  });

  it('is not read into a letter that mentions provisions without answering them', async () => {
    const letter = 'Dear resident,\n\n5.1 of our policy explains how we handle complaints.\n\nEvidence: none needed.\n';
    await expect(parseSubmission(new TextEncoder().encode(letter))).rejects.toMatchObject({ code: 'no_table_found' });
  });
});
