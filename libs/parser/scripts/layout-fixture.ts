import type { Truth, TruthRow } from '../src/eval/truth';
import { parasText, truthRow, type FixtureDoc } from './fixture-model';
import type { Answer } from './fixture-answers';
import type { SpacedOptions } from './render-text';

/** The truth of one answer; `requirement` is the text as printed (when a fixture prints it more than once). */
export function truthOf(a: Answer, combined = false, requirement?: string): TruthRow {
  const evidence = combined ? parasText([...a.evidence, ...a.commentary]) : parasText(a.evidence);
  return {
    ...truthRow(a.provision.number, a.status, evidence, combined ? null : parasText(a.commentary)),
    requirement: requirement ?? a.printedRequirement,
  };
}

/** What a layout fixture's truth says beside its rows. */
export type TruthDetails = Omit<Truth, 'rows' | 'file' | 'target'>;

/** A layout fixture's document: no title property and portrait unless said, the truth's rows one per answer. */
export function layoutDoc(
  answers: readonly Answer[],
  described: Pick<FixtureDoc, 'name' | 'format' | 'blocks'> &
    Partial<Pick<FixtureDoc, 'title' | 'landscape'>> &
    TruthDetails,
  rows: TruthRow[] = answers.map((a) => truthOf(a)),
): FixtureDoc {
  const { landlord, codeVersion, assessmentYear, assessmentDate, ...doc } = described;
  return {
    title: '',
    landscape: false,
    ...doc,
    truth: { landlord, codeVersion, assessmentYear, assessmentDate, rows },
  };
}

/** A layout fixture and, for plain text, how it is laid out. */
export interface LayoutFixture {
  doc: FixtureDoc;
  /** Plain text with this cell separator ("\t", " | "). */
  separator?: string;
  /** Plain text aligned with spaces, as `pdftotext -layout` prints it. */
  spaced?: SpacedOptions;
  /** HTML cells as plain text with `<br>` rather than CMS markup (`<p>`, `<span>`, links). */
  plainHtml?: boolean;
}
