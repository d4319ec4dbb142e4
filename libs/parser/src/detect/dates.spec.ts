import { describe, expect, it } from 'vitest';
import { detectAssessmentDate } from './dates';

describe('detectAssessmentDate', () => {
  it('reads a labelled date', () => {
    expect(detectAssessmentDate(['Our self-assessment: 21 June 2024'], '')).toEqual({ year: 2024, date: '21 June 2024', inferred: false });
    expect(detectAssessmentDate(['Approved by the Board on 3 July 2024'], '')).toMatchObject({ date: '3 July 2024' });
    expect(detectAssessmentDate([], 'Landlord name\tX\nDate of self-assessment\t30 May 2024')).toMatchObject({ year: 2024, date: '30 May 2024' });
  });

  it('reads a date standing alone near the top', () => {
    expect(detectAssessmentDate(['Appendix B – Self-Assessment Form', 'June 2023'], '')).toEqual({ year: 2023, date: 'June 2023', inferred: false });
  });

  it('reads the year from the title', () => {
    expect(detectAssessmentDate(['Annual Housing Ombudsman Service Self Assessment 2024'], '')).toEqual({ year: 2024, date: null, inferred: false });
  });

  it('otherwise infers the latest year the document reports as past, flagged', () => {
    const text = 'Training was delivered by HQN in March 2024. Our Service Plan for 2024/25. This will be done by September 2025. Due for decision October 2025.';
    expect(detectAssessmentDate([], text)).toEqual({ year: 2024, date: null, inferred: true });
    expect(detectAssessmentDate([], 'These issues have been resolved in 2025/26.')).toMatchObject({ year: 2025 });
    expect(detectAssessmentDate([], 'A workshop was held in Q4 2022/23.')).toMatchObject({ year: 2023 });
  });

  it('says nothing when the document gives no date', () => {
    expect(detectAssessmentDate(['Self-assessment form'], 'We comply with the Equality Act 2010.')).toEqual({ year: null, date: null, inferred: false });
  });
});

describe('detectAssessmentDate: other ways of stating it', () => {
  it('reads a date the Board reviewed or agreed the assessment on', () => {
    expect(detectAssessmentDate(['Reviewed by the Board on 14 May 2025'], '')).toEqual({ year: 2025, date: '14 May 2025', inferred: false });
    expect(detectAssessmentDate(['Agreed by the Customer Committee on 2 July 2024'], '')).toMatchObject({ date: '2 July 2024' });
    expect(detectAssessmentDate(['Completed by: R. Okafor, Complaints Manager. Date: 01/04/2025'], '')).toMatchObject({ year: 2025, date: '01/04/2025' });
  });

  it('reads a month closing the title after a separator, but not one naming the Code edition', () => {
    const title = 'Self-assessment against the Housing Ombudsman Complaint Handling Code – Riverside Homes – April 2025';
    expect(detectAssessmentDate([title], '')).toEqual({ year: 2025, date: 'April 2025', inferred: false });
    expect(detectAssessmentDate(['Complaint Handling Code (April 2024) self-assessment'], '')).toMatchObject({ date: null });
  });

  it('reads a labelled financial year as its second calendar year', () => {
    expect(detectAssessmentDate(['Brackenford Borough Council', 'Financial year 2024-25'], '')).toEqual({ year: 2025, date: null, inferred: false });
    expect(detectAssessmentDate(['Reporting year: 2023/24'], '')).toMatchObject({ year: 2024 });
  });
});
