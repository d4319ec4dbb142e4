export interface AssessmentDate {
  year: number | null;
  /** As written, e.g. "21 June 2024" or "June 2023". */
  date: string | null;
  /** True when the year comes from the dates the document mentions rather than a stated date or title. */
  inferred: boolean;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:\\d{1,2})(?:st|nd|rd|th)?';
const DATE_SOURCE = `(?:${DAY}\\s+${MONTH}\\.?,?\\s+20\\d{2}|${MONTH}\\.?\\s+${DAY},?\\s+20\\d{2}|${MONTH}\\.?,?\\s+20\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]20\\d{2})`;
const ANY_DATE = new RegExp(`\\b${DATE_SOURCE}\\b`, 'gi');
const WHOLE_DATE = new RegExp(`^(?:date[d:]?\\s*:?\\s*)?(${DATE_SOURCE})\\.?$`, 'i');
const LABELLED_DATE = new RegExp(
  `(?:self[- ]?assessment|assessment|date of (?:assessment|review|completion|approval)|(?:completed|approved|reviewed|agreed|endorsed|signed off)(?: on| by [^:\\n]{1,40}?)?|as at|dated?)\\s*[:\\-\u2013]?\\s*(?:on\\s+)?(${DATE_SOURCE})`,
  'i',
);
// A month or date closing a title after a separator: "... Code – Riverside Homes – April 2025".
const TITLE_DATE = new RegExp(`[\u2013\u2014|,:-]\\s*(${DATE_SOURCE})\\s*$`, 'i');
// "Financial year 2024-25", "Reporting year: 2024/25": the assessment closes that year, in its second calendar year.
const YEAR_LABEL = /\b(?:financial|reporting|assessment|performance)\s+year\s*:?\s*(20\d{2})\s*[/\-\u2013]\s*(20\d{2}|\d{2})\b/i;
// A date in a details table or form field anywhere: "Date of self-assessment<TAB>30 May 2024".
const FIELD_DATE = new RegExp(
  `^(?:date of (?:the )?(?:self[- ]?)?assessment|(?:self[- ]?)?assessment date|date (?:completed|approved|of approval)|date)\\s*[:\\t\u2013-]\\s*(${DATE_SOURCE})\\s*$`,
  'im',
);
const FINANCIAL_YEAR = /\b(20\d{2})\s*[/\-\u2013]\s*(20\d{2}|\d{2})\b/g;
const TITLE_YEAR = /self[- ]?assessment|complaint handling code|annual complaints/i;
// Plans and deadlines name future months; they say nothing about when the assessment was written.
const FUTURE_CLAUSE = /\b(?:will|shall|planned|plan to|target|deadline|expected|scheduled|aim to|in time for|due)\b[^.;\n]{0,40}$/i;
const FUTURE_PREPOSITION = /\b(?:by|until|before)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?$/i;

/**
 * When the self-assessment was made: a labelled date ("Our self-assessment: 21 June 2024", "Reviewed by the
 * Board on 14 May 2025"), a date standing alone near the top or closing the title, a labelled financial year
 * (its second calendar year), a year in the title ("Self Assessment 2024"), and failing those the latest date
 * the document reports as past (a month and year, or the start of a financial year such as 2025/26).
 */
export function detectAssessmentDate(intro: readonly string[], fullText: string): AssessmentDate {
  for (const line of intro) {
    const labelled = LABELLED_DATE.exec(line);
    if (labelled?.[1]) return fromDate(labelled[1]);
  }
  const field = FIELD_DATE.exec(fullText);
  if (field?.[1]) return fromDate(field[1]);
  for (const line of intro) {
    const whole = WHOLE_DATE.exec(line.replace(/[*#_]/g, '').trim());
    if (whole?.[1]) return fromDate(whole[1]);
  }
  for (const line of intro) {
    const titled = TITLE_YEAR.test(line) && line.length <= 200 ? TITLE_DATE.exec(line.trim()) : null;
    if (titled?.[1]) return fromDate(titled[1]);
    const labelled = YEAR_LABEL.exec(line);
    if (labelled && isFinancialYear(labelled)) return { year: Number(labelled[1]) + 1, date: null, inferred: false };
  }
  for (const line of intro) {
    if (!TITLE_YEAR.test(line) || line.length > 200) continue;
    const financial = [...line.matchAll(FINANCIAL_YEAR)].find((m) => isFinancialYear(m));
    if (financial) return { year: Number(financial[1]) + 1, date: null, inferred: true };
    const year = /\b(20\d{2})\b/.exec(line);
    if (year) return { year: Number(year[1]), date: null, inferred: false };
  }
  const latest = latestPastYear(fullText);
  return latest === null ? { year: null, date: null, inferred: false } : { year: latest, date: null, inferred: true };
}

function fromDate(text: string): AssessmentDate {
  const year = /20\d{2}/.exec(text);
  return { year: year ? Number(year[0]) : null, date: text.replace(/\s+/g, ' ').trim(), inferred: false };
}

function latestPastYear(text: string): number | null {
  let latest: number | null = null;
  const consider = (year: number, index: number): void => {
    const before = text.slice(Math.max(0, index - 60), index);
    if (FUTURE_CLAUSE.test(before) || FUTURE_PREPOSITION.test(before)) return;
    if (latest === null || year > latest) latest = year;
  };
  for (const m of text.matchAll(ANY_DATE)) {
    const year = /20\d{2}/.exec(m[0]);
    if (year) consider(Number(year[0]), m.index ?? 0);
  }
  for (const m of text.matchAll(FINANCIAL_YEAR)) {
    // A financial year mentioned at all has started: 2025/26 means the text was written in 2025 or later;
    // its fourth quarter (January to March) falls in the second calendar year.
    if (!isFinancialYear(m)) continue;
    const index = m.index ?? 0;
    const fourthQuarter = /\bQ4\s*(?:of\s+)?$/i.test(text.slice(Math.max(0, index - 8), index));
    consider(Number(m[1]) + (fourthQuarter ? 1 : 0), index);
  }
  return latest;
}

function isFinancialYear(match: RegExpMatchArray): boolean {
  const start = Number(match[1]);
  const endRaw = match[2] ?? '';
  const end = endRaw.length === 2 ? Math.floor(start / 100) * 100 + Number(endRaw) : Number(endRaw);
  return end === start + 1;
}
