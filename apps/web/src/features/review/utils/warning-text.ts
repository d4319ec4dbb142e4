/** Plain-language explanations of the parser's row warning codes (see the parser's ParseWarningCode). */
const WARNING_TEXT: Record<string, string> = {
  provision_recovered:
    'The provision number was missing or unreadable and was worked out from the rows around it.',
  provision_below_text: 'The provision number was found below its text rather than beside it.',
  provision_from_text: 'The provision number was taken from the requirement text.',
  provision_garbled: 'The provision number could not be read.',
  provision_duplicate: 'The same provision number appears more than once.',
  provision_not_in_code: 'This provision number is not in the Code.',
  provision_out_of_sequence: 'This provision is out of order in the document.',
  requirement_mismatch: 'The requirement text does not match the Code wording for this provision.',
  status_blank: 'The answer cell is blank.',
  status_unrecognised: 'The answer could not be recognised.',
  status_undecided:
    'The answer (for example “In progress” or “TBC”) does not say whether the provision is met.',
  summary_rows_ignored:
    'A short summary table repeats answers given in the main table; the main table’s answers are used.',
  status_ambiguous: 'The answer cell holds more than one answer.',
  status_ocr_guess: 'The answer looks misspelt or misread and was taken as the nearest answer.',
  status_noise_ignored: 'Unreadable marks in the answer cell were ignored.',
  text_may_belong_to_neighbour: 'Some text may belong to the row above or below.',
  cells_realigned: 'The columns of this row were out of line and were put back in place.',
  // document level
  version_uncertain: 'We are not sure which version of the Code (2022 or 2024) the document follows.',
  landlord_not_found: 'The landlord’s name was not found in the document.',
  assessment_year_inferred:
    'The assessment year was worked out from dates in the document rather than stated.',
  header_not_found:
    'The table’s heading row was not found, so the columns were worked out from their contents.',
  provisions_missing: 'Some provisions of the Code have no answer in the document.',
  row_limit_reached: 'The document has more rows than we read; only the first ones are shown.',
  extraction: 'Part of the document’s text could not be extracted cleanly.',
};

/** A sentence for a warning code; unknown codes (or warnings that are already sentences) are shown as they are. */
export function warningText(code: string): string {
  return WARNING_TEXT[code] ?? (/\s/.test(code) ? code : `The parser noted: ${code.replace(/_/g, ' ')}.`);
}
