/** Plain-language explanations of the parser's row warning codes (see the parser's ParseWarningCode). */
const WARNING_TEXT: Record<string, string> = {
  provision_recovered: 'The provision number was missing or unreadable and was worked out from the rows around it.',
  provision_below_text: 'The provision number was found below its text rather than beside it.',
  provision_from_text: 'The provision number was taken from the requirement text.',
  provision_garbled: 'The provision number could not be read.',
  provision_duplicate: 'The same provision number appears more than once.',
  provision_not_in_code: 'This provision number is not in the Code.',
  provision_out_of_sequence: 'This provision is out of order in the document.',
  requirement_mismatch: 'The requirement text does not match the Code wording for this provision.',
  status_blank: 'The answer cell is blank.',
  status_unrecognised: 'The answer could not be recognised.',
  status_ambiguous: 'The answer cell holds more than one answer.',
  status_ocr_guess: 'The answer looks misspelt or misread and was taken as the nearest answer.',
  status_noise_ignored: 'Unreadable marks in the answer cell were ignored.',
  text_may_belong_to_neighbour: 'Some text may belong to the row above or below.',
  cells_realigned: 'The columns of this row were out of line and were put back in place.',
};

/** A sentence for a warning code; unknown codes (or warnings that are already sentences) are shown as they are. */
export function warningText(code: string): string {
  return WARNING_TEXT[code] ?? (/\s/.test(code) ? code : `The parser noted: ${code.replace(/_/g, ' ')}.`);
}
