import { describe, expect, it } from 'vitest';
import { flagAnswer } from './flag-answer';
import type { AnswerText, FlagContext } from './types';

function answer(
  provision: string,
  status: string,
  evidence: string | null,
  commentary: string | null = null,
): AnswerText {
  return { provision, status, evidence, commentary };
}

function flagsOf(a: AnswerText, context: Partial<FlagContext> = {}): string[] {
  return flagAnswer(a, { codeVersion: '2024', documentAnswers: [a], ...context }).map((f) => f.flag);
}

function reasonOf(a: AnswerText, flag: string, context: Partial<FlagContext> = {}): string {
  const found = flagAnswer(a, { codeVersion: '2024', documentAnswers: [a], ...context }).find(
    (f) => f.flag === flag,
  );
  if (!found) throw new Error(`no ${flag}`);
  return found.reason;
}

describe('yes_but_not_in_place', () => {
  it.each([
    ['Our stage 2 procedure is being reviewed to include the same process as above.'],
    ['We are working towards full compliance with this provision.'],
    ['This is not currently recorded on our system.'],
    ['The new procedure will be in place by March 2025.'],
    ['We meet this partially: stage 1 only.'],
    ['We plan to publish the policy on the website.'],
    [
      'Action: consistent adoption of the CRM system is required to ensure all correspondence is stored in one place.',
    ],
  ])('flags a yes that says %s', (commentary) => {
    expect(flagsOf(answer('5.6', 'yes', 'Complaints policy section 4', commentary))).toContain(
      'yes_but_not_in_place',
    );
  });

  it.each([
    ['Complaints volumes are kept under review alongside service requests.'],
    ['We will advise the resident in writing of the reasons.'],
    ['Further training will be rolled out to all staff in July 2024.'],
    ['We do not operate more than two stages.'],
    [
      'We are not working towards anything new: this has been in place since 2021.'.replace(
        'not working towards anything new: ',
        '',
      ),
    ],
  ])('does not flag a yes that says %s', (commentary) => {
    expect(flagsOf(answer('5.6', 'yes', 'Complaints policy section 4', commentary))).not.toContain(
      'yes_but_not_in_place',
    );
  });

  it('never flags a no', () => {
    expect(flagsOf(answer('5.6', 'no', 'x', 'This is being reviewed.'))).not.toContain(
      'yes_but_not_in_place',
    );
  });

  it('quotes the words that raised it', () => {
    expect(
      reasonOf(
        answer('5.6', 'yes', 'Policy section 4', 'Our stage 2 procedure is being reviewed.'),
        'yes_but_not_in_place',
      ),
    ).toContain('is being reviewed');
  });
});

describe('no_without_plan', () => {
  it.each([
    ['In place.'],
    ['Resourcing has been adjusted to provide additional support.'],
    ['We will review whether it is appropriate to amend the code of conduct.'],
    ['We do not plan to change our approach by 2025.'],
    ['We have no plans to change this in 2025.'],
  ])('flags a no that says %s', (commentary) => {
    expect(flagsOf(answer('6.14', 'no', null, commentary))).toContain('no_without_plan');
  });

  it.each([
    ['Action: improvements to our CRM. This will be completed by September 2024.'],
    ['In the Autumn we are introducing a new system which will send the acknowledgement.'],
    ['A new policy is in development and due with the Cabinet for decision in October 2025.'],
    ['We plan to adopt the new procedure in Q3 2025.'],
  ])('does not flag a no that says %s', (commentary) => {
    expect(flagsOf(answer('6.14', 'no', null, commentary))).not.toContain('no_without_plan');
  });

  it('flags a partial, and says the action lacks a date', () => {
    const a = answer('1.5', 'partial', 'Future training will be given to colleagues.');
    expect(reasonOf(a, 'no_without_plan')).toMatch(/action but no date.*will/);
  });

  it('says a denied plan is no plan', () => {
    expect(
      reasonOf(answer('6.3', 'no', null, 'We do not plan to change our timescales.'), 'no_without_plan'),
    ).toContain('do not plan to change');
  });

  it('never flags a yes', () => {
    expect(flagsOf(answer('6.3', 'yes', 'Policy', 'In place.'))).not.toContain('no_without_plan');
  });
});

describe('timescale_conflict', () => {
  it.each([
    ['6.3', 'We respond to stage 1 complaints within 15 working days.'],
    ['6.14', 'Stage 2 responses are sent within 20 days.'],
    ['6.2', 'Complaints are acknowledged within 10 working days.'],
    ['6.4', 'Extensions are limited to a further 15 working days.'],
  ])('flags %s answered with "%s"', (provision, evidence) => {
    expect(flagsOf(answer(provision, 'yes', evidence))).toContain('timescale_conflict');
  });

  it.each([
    ['6.3', 'We respond within 10 working days of acknowledging the complaint.'],
    [
      '6.3',
      'We acknowledge within 5 working days and respond within 10 working days; extensions are no more than 10 working days.',
    ],
    ['6.14', 'Our timescale is 20 working days. Staff absence made the 20 day timescale hard to meet.'],
    ['6.3', 'Stage 1 within 10 working days; stage 2 within 20 working days.'],
    ['6.7', 'We answer every point within 15 working days.'],
    ['6.11', 'We acknowledge stage 2 complaints within 5 working days.'],
  ])('does not flag %s answered with "%s"', (provision, evidence) => {
    expect(flagsOf(answer(provision, 'yes', evidence))).not.toContain('timescale_conflict');
  });

  it('reads the 2022 Code timescales for 2022 answers ("a further 10 days" is its own wording)', () => {
    const a = answer('5.1', 'yes', 'We only exceed a 10 day extension in exceptional circumstances.');
    expect(flagAnswer(a, { codeVersion: '2022', documentAnswers: [a] }).map((f) => f.flag)).not.toContain(
      'timescale_conflict',
    );
    const b = answer('5.1', 'yes', 'We respond within 15 working days of logging.');
    expect(flagAnswer(b, { codeVersion: '2022', documentAnswers: [b] }).map((f) => f.flag)).toContain(
      'timescale_conflict',
    );
  });

  it('says which figure and what the Code sets', () => {
    expect(
      reasonOf(answer('6.3', 'yes', 'We respond within 15 working days.'), 'timescale_conflict'),
    ).toMatch(/15 working days.*6\.3 sets 10 working days/);
  });
});

describe('no_evidence', () => {
  it.each([[null], [''], ['-'], ['N/A'], ['See policy'], ['see above'], ['TBC']])(
    'flags a yes with evidence %j',
    (evidence) => {
      expect(flagsOf(answer('1.2', 'yes', evidence))).toContain('no_evidence');
    },
  );

  it.each([['Complaints Policy section 2.1'], ["See the Council's Housing Compensation Policy"]])(
    'does not flag evidence %j',
    (evidence) => {
      expect(flagsOf(answer('1.2', 'yes', evidence))).not.toContain('no_evidence');
    },
  );

  it('never flags a no', () => {
    expect(flagsOf(answer('1.2', 'no', 'N/A'))).not.toContain('no_evidence');
  });
});

describe('boilerplate', () => {
  const doc = [
    answer('1.2', 'yes', 'Complaints Policy and Procedure'),
    answer('1.3', 'yes', 'Complaints policy and procedure.'),
    answer('1.4', 'yes', 'Complaint Policy and Procedure'),
    answer('1.5', 'yes', 'Section 4 of our policy'),
    answer('1.6', 'yes', 'N/A'),
    answer('2.1', 'yes', 'N/A'),
    answer('2.2', 'yes', 'N/A'),
  ];

  it('flags the same evidence on three answers of a document, ignoring case, punctuation and plurals', () => {
    expect(flagsOf(doc[0]!, { documentAnswers: doc })).toContain('boilerplate');
    expect(flagsOf(doc[2]!, { documentAnswers: doc })).toContain('boilerplate');
    expect(reasonOf(doc[0]!, 'boilerplate', { documentAnswers: doc })).toContain('3 answers');
  });

  it('does not flag evidence said once or twice, nor placeholders', () => {
    expect(flagsOf(doc[3]!, { documentAnswers: doc })).not.toContain('boilerplate');
    expect(flagsOf(doc[4]!, { documentAnswers: doc })).not.toContain('boilerplate');
  });

  it("flags longer evidence word for word another landlord's", () => {
    const text = 'Our policy sets out the two stage process and the timeframes for responding to complaints.';
    const a = answer('3.4', 'yes', text);
    expect(
      flagsOf(a, { sharedWithOtherLandlords: (key) => key.startsWith('our policy sets out') }),
    ).toContain('boilerplate');
    expect(flagsOf(a, { sharedWithOtherLandlords: () => false })).not.toContain('boilerplate');
    const short = answer('3.4', 'yes', 'Complaints Policy');
    expect(flagsOf(short, { sharedWithOtherLandlords: () => true })).not.toContain('boilerplate');
  });
});

describe('unchanged_since_last_year', () => {
  const now = answer('6.3', 'yes', 'We respond within 10 working days.', 'Monitored monthly.');

  it('flags evidence and commentary identical to last year (whitespace and case aside)', () => {
    const before = answer('6.3', 'yes', 'We respond within  10 working days.', 'monitored monthly.');
    expect(flagsOf(now, { previousYear: before })).toContain('unchanged_since_last_year');
  });

  it('does not flag a changed commentary, a missing previous year, or two empty answers', () => {
    expect(
      flagsOf(now, {
        previousYear: answer('6.3', 'yes', 'We respond within 10 working days.', 'Monitored weekly.'),
      }),
    ).not.toContain('unchanged_since_last_year');
    expect(flagsOf(now)).not.toContain('unchanged_since_last_year');
    const empty = answer('6.3', 'yes', null);
    expect(flagsOf(empty, { previousYear: answer('6.3', 'yes', null) })).not.toContain(
      'unchanged_since_last_year',
    );
  });
});

describe('missing_answer', () => {
  it('flags a blank or unreadable status and only those', () => {
    expect(flagsOf(answer('5.13', 'missing', 'Something'))).toContain('missing_answer');
    expect(reasonOf({ ...answer('5.13', 'unknown', 'x'), statusRaw: 'TBC' }, 'missing_answer')).toContain(
      '"TBC"',
    );
    expect(flagsOf(answer('5.13', 'na', 'Not applicable'))).not.toContain('missing_answer');
  });
});
