import type { ConsistencyFlag } from '@app/contracts';

/** Bump whenever a rule changes what it flags: every counting answer is flagged again under the new version. */
export const FLAGS_VERSION = '1.0.0';

/** The words of one answer, as stored. */
export interface AnswerText {
  /** As printed in the document's own Code version. */
  provision: string;
  status: string;
  /** The status cell as printed, when known (quoted in `missing_answer` reasons). */
  statusRaw?: string | null;
  evidence: string | null;
  commentary: string | null;
}

export interface FlagContext {
  /** The document's Code version; timescales are read from it (none checked when unknown). */
  codeVersion: '2022' | '2024' | null;
  /** Every answer of the same document, this one included (for repeated evidence). */
  documentAnswers: readonly AnswerText[];
  /** The same landlord's answer on the same provision in its previous counting year, when there is one. */
  previousYear?: AnswerText | null;
  /**
   * Whether the same evidence (its `evidenceKey`) appears in another landlord's counting answers.
   * Leave out when not known (no cross-landlord check).
   */
  sharedWithOtherLandlords?: (evidenceKey: string) => boolean;
}

export interface RaisedFlag {
  flag: ConsistencyFlag;
  /** One line: why, quoting the words that raised it. */
  reason: string;
}
