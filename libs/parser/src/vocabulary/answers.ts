import type { ComplianceStatus, ParseWarning } from '../model/parsed-submission';

export interface StatusReading {
  status: ComplianceStatus;
  /** 0..1: 1 for a plain answer, lower for guesses. */
  confidence: number;
  warning?: ParseWarning;
}

type Answer = Exclude<ComplianceStatus, 'missing' | 'unknown'>;

// Whole-cell answers, after lower-casing and stripping punctuation other than '/'.
const EXACT: Record<string, Answer> = {
  yes: 'yes', y: 'yes', ye: 'yes', yess: 'yes', 'yes yes': 'yes', compliant: 'yes', 'fully compliant': 'yes', complies: 'yes',
  'fully complies': 'yes', met: 'yes', 'fully met': 'yes', 'in place': 'yes', true: 'yes', '✓': 'yes', '✔': 'yes',
  no: 'no', n: 'no', 'non compliant': 'no', 'not compliant': 'no', noncompliant: 'no', 'not met': 'no', 'does not comply': 'no',
  'not yet': 'no', 'no not yet': 'no', false: 'no', '✗': 'no', '✘': 'no',
  partial: 'partial', partially: 'partial', partly: 'partial', 'in part': 'partial', 'partially compliant': 'partial',
  'partially met': 'partial', 'partial compliance': 'partial', 'part compliant': 'partial', 'yes partially': 'partial',
  'yes partial': 'partial', 'partially yes': 'partial', 'yes in part': 'partial', 'yes/partial': 'partial', 'partial/yes': 'partial',
  na: 'na', 'n/a': 'na', 'n / a': 'na', 'n a': 'na', 'not applicable': 'na', 'nonapplicable': 'na', 'not relevant': 'na',
  achieved: 'yes', 'fully achieved': 'yes', 'fully in place': 'yes', 'yes fully': 'yes', 'yes compliant': 'yes', 'yes ✓': 'yes', 'yes ✔': 'yes',
  'not achieved': 'no', 'not in place': 'no', 'not yet met': 'no', 'not yet compliant': 'no', 'not currently': 'no', 'no ✗': 'no',
  'partially achieved': 'partial', 'partly compliant': 'partial', 'partly met': 'partial', 'partially in place': 'partial',
  'mostly compliant': 'partial', 'largely compliant': 'partial', 'mostly met': 'partial', 'largely met': 'partial',
};

// Answers that lead a longer cell: "Yes (see commentary)", "No – see action plan", "Partially: ...".
const LEADING: [RegExp, Answer][] = [
  [/^(?:partially|partial|partly|in part)\b/, 'partial'],
  [/^(?:yes|y)(?:\s+-)?\s+(?:partially|partial|partly|in part)\b/, 'partial'],
  [/^(?:n\/a|n\s\/\sa|not applicable)\b/, 'na'],
  [/^(?:yes|y)\b(?!\s*\/)/, 'yes'],
  [/^(?:no|n)\b(?!\s*\/)(?!\s+(?:longer|one|other|later|less|more|formal)\b)/, 'no'],
  [/^(?:non\s?compliant|not compliant|not met|not achieved|not in place|not yet (?:met|compliant))\b/, 'no'],
  [/^(?:mostly|largely)\s+(?:compliant|met|in place|achieved)\b/, 'partial'],
  [/^(?:fully\s+)?(?:compliant|complies|met|achieved)\b/, 'yes'],
];

// Work under way or a decision still to come: not an answer, and no guess is made from it.
const UNDECIDED = /^(?:in progress|ongoing|on going|work in progress|wip|working towards(?: compliance)?|under review|being reviewed|in development|planned|pending|tbc|tba|tbd|to be confirmed|to be agreed|to be determined|not yet known|unknown)$/;
// A RAG rating says how well, not whether: Green might be Yes, but the form does not say so.
const RAG = /^(?:green|amber|red|g|a|r)$/;

// Header text that bleeds into the answer cell ("Yes / No Yes", "Comply: Yes/No  No").
const HEADER_RESIDUE = /^(?:comply|compliance|complies|compliant)?\s*:?\s*(?:yes|y)\s*\/\s*(?:no|n)\b\s*/;

// One-letter OCR slips of "Yes" that are not English words of their own.
const OCR_YES = new Set(['res', 'ves', 'yee', 'yos', 'yas', 'vos', 'yeg', 'ycs', 'yc5', 'yes.', 'y3s', 'ye5', 'yesl']);
const OCR_NO = new Set(['n0', 'nc', 'mo']);

// Tick-box forms: "☒ Yes ☐ No" - the ticked label is the answer.
const TICKED = /[☒☑✓✔■]\s*(yes|no|partial(?:ly)?|n\/a|not applicable)\b/i;

/** Reads an answer cell. Blank is `missing`; anything unrecognised is `unknown` with a warning, never `yes`. */
export function normaliseStatus(raw: string | null | undefined): StatusReading {
  const cleaned = clean(raw ?? '');
  if (cleaned === '') {
    return { status: 'missing', confidence: 1, warning: { code: 'status_blank', message: 'The answer cell is blank.' } };
  }
  const ticked = TICKED.exec(raw ?? '');
  if (ticked) {
    const answer = readAnswer(clean(ticked[1] ?? ''));
    if (answer) return { status: answer, confidence: 0.9 };
  }
  const residue = HEADER_RESIDUE.exec(cleaned);
  const direct = residue ? null : readAnswer(cleaned);
  if (direct) return { status: direct, confidence: 1 };
  if (residue) {
    const rest = cleaned.slice(residue[0].length).trim();
    const answer = rest ? readAnswer(rest) : null;
    if (answer) return { status: answer, confidence: 0.9 };
    return {
      status: 'unknown',
      confidence: 0.3,
      warning: { code: 'status_ambiguous', message: `The answer cell reads "${short(raw)}", which does not choose between Yes and No.` },
    };
  }

  if (UNDECIDED.test(cleaned)) {
    const message = `The answer cell reads "${short(raw)}": work or a decision is still to come, so it does not say whether the provision is met.`;
    return { status: 'unknown', confidence: 0.3, warning: { code: 'status_undecided', message } };
  }
  if (RAG.test(cleaned)) {
    const message = `The answer cell reads "${short(raw)}", a RAG rating, which does not say whether the provision is met.`;
    return { status: 'unknown', confidence: 0.3, warning: { code: 'status_unrecognised', message } };
  }
  const firstWord = cleaned.split(' ')[0] ?? '';
  if (OCR_YES.has(firstWord) || OCR_NO.has(firstWord)) {
    const guess: Answer = OCR_YES.has(firstWord) ? 'yes' : 'no';
    return {
      status: guess,
      confidence: 0.6,
      warning: { code: 'status_ocr_guess', message: `The answer cell reads "${short(raw)}", taken as a misread "${guess === 'yes' ? 'Yes' : 'No'}".` },
    };
  }
  return {
    status: 'unknown',
    confidence: 0.2,
    warning: { code: 'status_unrecognised', message: `The answer cell reads "${short(raw)}", which is not a recognised answer.` },
  };
}

/** True when the cell holds a plain answer: used to tell a new row from a continuation. */
export function isAnswer(raw: string | null | undefined): boolean {
  const cleaned = clean(raw ?? '');
  if (cleaned === '') return false;
  if (TICKED.test(raw ?? '')) return true;
  const residue = HEADER_RESIDUE.exec(cleaned);
  if (!residue) return readAnswer(cleaned) !== null;
  const rest = cleaned.slice(residue[0].length).trim();
  return rest !== '' && readAnswer(rest) !== null;
}

/** True when the text is one whole answer phrase ("Partially met", "Not applicable"), not an answer leading other words. */
export function isWholeAnswer(raw: string | null | undefined): boolean {
  return EXACT[clean(raw ?? '')] !== undefined;
}

function readAnswer(cleaned: string): Answer | null {
  const exact = EXACT[cleaned];
  if (exact) return exact;
  if (cleaned.length > 160) return null;
  for (const [pattern, answer] of LEADING) {
    if (pattern.test(cleaned)) return answer;
  }
  return null;
}

function clean(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/\bnon-/g, 'non ')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/[✅☑]/gu, '✓')
    .replace(/[❌✖☒]/gu, '✗')
    .replace(/[^\p{L}\p{N}/\s✓✔✗✘-]/gu, ' ')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/^[\s-]+|[\s-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function short(raw: string | null | undefined): string {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
