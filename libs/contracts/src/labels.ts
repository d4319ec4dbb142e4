import type { SizeBand } from './analytics';
import type { AnswerStatus, LandlordType } from './enums';

/** How every screen and file names an answer status. */
export const ANSWER_STATUS_LABELS: Record<AnswerStatus, string> = {
  yes: 'Yes',
  partial: 'Partly',
  no: 'No',
  na: 'Not applicable',
  missing: 'Blank',
  unknown: 'Not recognised',
};

export const LANDLORD_TYPE_LABELS: Record<LandlordType, string> = {
  local_authority: 'Local authority',
  housing_association: 'Housing association',
  almo: 'ALMO',
  tmo: 'TMO',
  other: 'Other',
};

export const SIZE_BAND_LABELS: Record<SizeBand, string> = {
  under_1000: 'Under 1,000 homes',
  '1000_9999': '1,000 to 9,999 homes',
  '10000_49999': '10,000 to 49,999 homes',
  '50000_plus': '50,000 homes or more',
  unknown: 'Size not known',
};

/** The assessment years the API accepts anywhere a year is given. */
export const ASSESSMENT_YEAR_RANGE = { min: 2000, max: 2100 } as const;
