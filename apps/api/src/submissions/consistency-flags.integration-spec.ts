import { randomUUID } from 'node:crypto';
import type { AnswerDto, CheckListResponse, FlagReviewResponse, SubmissionDetailDto } from '@app/contracts';
import { waitFor } from '@app/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './ingestion.test-support';

/**
 * A small self-assessment whose answers raise known consistency flags: 1.2 a yes with a plan in its
 * commentary, 1.4 a no without a plan, 1.6 a yes with placeholder evidence. The tag makes the bytes unique.
 */
function document(tag: string): Buffer {
  return Buffer.from(
    [
      'Complaint Handling Code self-assessment',
      '',
      'Date of assessment: 3 March 2025',
      '',
      'No. | Code requirement | Self-assessment | Evidence | Commentary',
      "1.2 | A complaint must be defined as: 'an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the landlord, its own staff, or those acting on its behalf, affecting a resident or group of residents.' | Yes | Complaints policy section 2.1. | We plan to publish the revised definition by March 2026.",
      "1.3 | A resident does not have to use the word 'complaint' for it to be treated as such. Whenever a resident expresses dissatisfaction landlords must give them the choice to make complaint. | Yes | Complaint handler role profile and training log. | Fully in place.",
      '1.4 | Landlords must recognise the difference between a service request and a complaint. This must be set out in their complaints policy. | No | Complaints policy section 3. | Response times are outside the Code.',
      '1.5 | A complaint must be raised when the resident expresses dissatisfaction with the response to their service request, even if the handling of the service request remains ongoing. | Yes | Customer Complaints Procedure, step 4. | Reviewed in October 2024.',
      '1.6 | An expression of dissatisfaction with services made through a survey is not defined as a complaint, though wherever possible, the person completing the survey should be made aware of how they can pursue a complaint if they wish to. | Yes | N/A |',
      '2.1 | Landlords must accept a complaint unless there is a valid reason not to do so. If landlords decide not to accept a complaint they must be able to evidence their reasoning. | Yes | Stage 1 decision letter template. | Checked by the Complaints Lead.',
      '',
      `Reference ${tag}`,
      '',
    ].join('\n'),
  );
}

const byProvision = (detail: SubmissionDetailDto, provision: string): AnswerDto => {
  const answer = detail.answers.find((a) => a.provision === provision);
  if (!answer)
    throw new Error(`no answer to ${provision} in ${detail.answers.map((a) => a.provision).join(', ')}`);
  return answer;
};
const flagsOf = (detail: SubmissionDetailDto, provision: string) =>
  byProvision(detail, provision).consistencyFlags.map((f) => `${f.flag}:${f.state}`);

describe('consistency flags beside the answers and through the check queue (real PostgreSQL, Redis and worker process)', () => {
  let h: Harness;
  const year = 2041;

  beforeAll(async () => {
    h = await startHarness();
    await h.startWorker();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Re-parses the submission and waits until its answers are written again (new answer ids). */
  async function reparse(id: string, before: SubmissionDetailDto): Promise<SubmissionDetailDto> {
    const requested = await h.analyst.send('POST', `/submissions/${id}/reprocess`);
    expect(requested.status).toBe(202);
    const oldIds = new Set(before.answers.map((a) => a.id));
    return waitFor(
      async () => {
        const d = await h.analyst.detail(id);
        return d.status === 'parsed' &&
          d.progress === 100 &&
          d.answers.length &&
          !d.answers.some((a) => oldIds.has(a.id))
          ? d
          : undefined;
      },
      { timeoutMs: 30_000, what: `submission ${id} to be parsed again` },
    );
  }

  const queue = async (query: string) => {
    const result = await h.analyst.send<CheckListResponse>(
      'GET',
      `/checks?landlordId=${h.landlords.lewisham}&year=${year}${query}`,
    );
    expect(result.status).toBe(200);
    return result.body.items.map((item) => `${item.provision} ${item.flag}:${item.state}`).sort();
  };

  it('shows each standing flag with its reason on the review page; a dismissal survives a re-parse until the text changes', async () => {
    const { body } = await h.lewisham.sendFile(document(randomUUID()), 'flags.txt', { assessmentYear: year });
    const parsed = await h.lewisham.waitFor(body.id, ['parsed']);

    // The landlord's own review page: every flag beside its answer, with the reason quoting the words.
    expect(flagsOf(parsed, '1.2')).toEqual(['yes_but_not_in_place:open']);
    expect(byProvision(parsed, '1.2').consistencyFlags[0]!.reason).toMatch(/plan to/i);
    expect(flagsOf(parsed, '1.4')).toEqual(['no_without_plan:open']);
    expect(flagsOf(parsed, '1.6')).toEqual(['no_evidence:open']);
    expect(byProvision(parsed, '1.6').consistencyFlags[0]!.reason).toContain('N/A');
    expect(flagsOf(parsed, '1.5')).toEqual([]);
    // Another landlord's user cannot read them.
    expect((await h.octavia.send('GET', `/submissions/${body.id}`)).status).toBe(404);

    const open = await h.analyst.send<CheckListResponse>(
      'GET',
      `/checks?landlordId=${h.landlords.lewisham}&year=${year}&kind=flag`,
    );
    const notInPlace = open.body.items.find((i) => i.flag === 'yes_but_not_in_place')!;
    // Each item carries its place in the document, to be shown beside it: here the text file's lines.
    expect(notInPlace.source).toEqual(byProvision(parsed, '1.2').source);
    expect(notInPlace.source.lines?.length).toBe(2);
    const noEvidence = open.body.items.find((i) => i.flag === 'no_evidence')!;
    const dismissed = await h.analyst.send<FlagReviewResponse>(
      'POST',
      `/checks/flags/${notInPlace.id}/dismiss`,
      {
        reason: 'The definition is already in the policy',
      },
    );
    expect(dismissed.status).toBe(200);
    expect((await h.analyst.send('POST', `/checks/flags/${noEvidence.id}/confirm`, {})).status).toBe(200);

    // Dismissed flags leave the review page; confirmed ones stay, marked.
    const reviewed = await h.lewisham.detail(body.id);
    expect(flagsOf(reviewed, '1.2')).toEqual([]);
    expect(flagsOf(reviewed, '1.6')).toEqual(['no_evidence:confirmed']);
    expect(flagsOf(reviewed, '1.4')).toEqual(['no_without_plan:open']);

    // A re-parse writes every answer and flag again: the decisions hold, the text being the same.
    const reparsed = await reparse(body.id, reviewed);
    expect(flagsOf(reparsed, '1.2')).toEqual([]);
    expect(flagsOf(reparsed, '1.6')).toEqual(['no_evidence:confirmed']);
    expect(flagsOf(reparsed, '1.4')).toEqual(['no_without_plan:open']);
    expect(await queue('&kind=flag')).toEqual(['1.4 no_without_plan:open']);
    expect(await queue('&state=dismissed')).toEqual(['1.2 yes_but_not_in_place:dismissed']);
    expect(await queue('&state=confirmed')).toEqual(['1.6 no_evidence:confirmed']);

    // The text changes (a correction the next parse keeps): the flag is raised again and the dismissal no longer applies.
    const target = byProvision(reparsed, '1.2');
    const corrected = await h.analyst.send<AnswerDto>(
      'PATCH',
      `/submissions/${body.id}/answers/${target.id}`,
      {
        commentary: 'We plan to publish the revised definition by June 2026.',
      },
    );
    expect(corrected.status).toBe(200);
    expect(corrected.body.consistencyFlags.map((f) => `${f.flag}:${f.state}`)).toEqual([
      'yes_but_not_in_place:open',
    ]);
    const changed = await reparse(body.id, await h.analyst.detail(body.id));
    expect(flagsOf(changed, '1.2')).toEqual(['yes_but_not_in_place:open']);
    expect(byProvision(changed, '1.2').consistencyFlags[0]!.reason).toMatch(/plan to/i);
    expect(await queue('&kind=flag')).toEqual(['1.2 yes_but_not_in_place:open', '1.4 no_without_plan:open']);
  });
});
