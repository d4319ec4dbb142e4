import type { WorkbookNote } from './xlsx/workbook-spec';

/** Definitions every workbook's notes sheet carries, and every report's caveats draw on. */
export const EXPORT_NOTES: WorkbookNote[] = [
  { term: 'yes', definition: 'The landlord states it meets the provision in full.' },
  { term: 'partial', definition: 'The landlord states it meets the provision in part.' },
  { term: 'no', definition: 'The landlord states it does not meet the provision.' },
  { term: 'na', definition: 'The landlord states the provision does not apply to it.' },
  { term: 'missing', definition: 'The provision is in the landlord’s document but no answer was given.' },
  {
    term: 'unknown',
    definition:
      'An answer was given but could not be read as yes, partial, no or not applicable (e.g. "In progress").',
  },
  { term: 'answered', definition: 'yes + partial + no: the denominator of every rate.' },
  {
    term: 'rate',
    definition: 'yes ÷ answered for the provision, landlord or group; [x] when nothing was answered.',
  },
  {
    term: 'counting submission',
    definition:
      'For each landlord and assessment year, the latest submission that is not superseded and is parsed or accepted (accepted wins). A landlord merged into another counts under its successor. Human corrections count over parsed values.',
  },
  {
    term: '2024 provision',
    definition:
      'Every figure is keyed by the provision number of the 2024 Code. Answers to a 2022-Code form count for the 2024 provisions the crosswalk leads to.',
  },
  {
    term: 'crosswalk relation',
    definition:
      'How a 2022 provision became a 2024 one: same, moved (renumbered), strengthened, changed, split, merged or dropped. A dropped provision counts for nothing.',
  },
  {
    term: 'caveat',
    definition:
      'A 2022 answer carried to a 2024 provision whose relation is not same or moved: it counts, but the duty was not the same, so comparisons across that year need care. Marked in every export.',
  },
  {
    term: 'least compliant',
    definition:
      'When several answers of one document reach the same 2024 provision (merged duties), the least compliant counts (no, then partial, then yes); marked.',
  },
  {
    term: 'consistency flag',
    definition:
      'An answer that deserves a second look, raised by a fixed rule on its own words (e.g. yes_but_not_in_place, no_without_plan, timescale_conflict, no_evidence, boilerplate, unchanged_since_last_year, missing_answer). Listed unless an analyst dismissed it for the answer’s current text.',
  },
  {
    term: 'size band',
    definition:
      'Homes owned: under_1000, 1000_9999, 10000_49999, 50000_plus, or unknown when the registry has no figure.',
  },
  {
    term: 'sample data',
    definition: 'yes for generated, fictional landlords (sample sector); never a real landlord.',
  },
  {
    term: '[x]',
    definition:
      'No value: the landlord’s document does not reach the provision, or there is nothing to compute a rate from.',
  },
];

export const COMMON_CAVEATS = [
  'Statuses are the landlords’ own self-assessments as published, read by machine and reviewed; they are not the Ombudsman’s findings.',
  'Years answered on the 2022 Code are shown against 2024 provisions through the crosswalk; answers carried with a caveat are marked.',
];
