import { ASSESSMENT_YEAR_RANGE } from '@app/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { AssignSubmissionDto } from './review.dto';
import { UploadSubmissionForm } from './upload.dto';

const failures = (dto: object) => validateSync(dto).flatMap((e) => Object.keys(e.constraints ?? {}));

describe('IsAssessmentYear', () => {
  it('accepts the years of ASSESSMENT_YEAR_RANGE and refuses the rest, in a JSON body and a form field', () => {
    const { min, max } = ASSESSMENT_YEAR_RANGE;
    for (const [year, expected] of [
      [min, []],
      [max, []],
      [min - 1, ['min']],
      [max + 1, ['max']],
      [2024.5, ['isInt']],
    ] as const) {
      expect(failures(plainToInstance(AssignSubmissionDto, { assessmentYear: year })), String(year)).toEqual(expected);
      expect(failures(plainToInstance(UploadSubmissionForm, { assessmentYear: String(year) })), String(year)).toEqual(expected);
    }
  });

  it('takes a blank or missing form field as no year (detected from the document), and words as no number', () => {
    for (const blank of [{ assessmentYear: '' }, {}]) {
      const form = plainToInstance(UploadSubmissionForm, blank);
      expect(form.assessmentYear).toBeUndefined();
      expect(failures(form)).toEqual([]);
    }
    expect(failures(plainToInstance(UploadSubmissionForm, { assessmentYear: 'last year' }))).toContain('isInt');
  });
});
