import { type CodeVersion, getProvision, listProvisions, type Provision } from '@app/code-catalog';
import type { AnswerText, RaisedFlag } from '../types';
import { answerParts, quote, sentences } from '../text';

type Unit = 'working_days' | 'days' | 'months';

/** What a figure times: the acknowledgement, the response, or an extension of it. */
type Kind = 'acknowledge' | 'respond' | 'extend' | 'unsaid';

interface Figure {
  amount: number;
  unit: Unit;
  kind: Kind;
  /** The stage named nearest before the figure, if any. */
  stage: number | null;
  index: number;
  text: string;
}

const KIND_WORDS: readonly [Kind, RegExp][] = [
  ['acknowledge', /acknowledg\w*|logged|log\b/gi],
  ['respond', /respon\w*|repl\w*|answer\w*|resolv\w*|investigat\w*/gi],
  ['extend', /extension\w*|extend\w*|further|beyond|exceed\w*|longer/gi],
];

/** The last match of a pattern in a text, as its index (-1 when none). */
function lastIndex(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

function kindBefore(before: string): Kind {
  let best: Kind = 'unsaid';
  let at = -1;
  for (const [kind, pattern] of KIND_WORDS) {
    const i = lastIndex(pattern, before);
    if (i > at) {
      at = i;
      best = kind;
    }
  }
  return best;
}

const STAGE_WORDS = /\bstage\s*(1|2|3|one|two|three)\b/gi;

function stageBefore(before: string): number | null {
  let stage: number | null = null;
  for (const m of before.matchAll(STAGE_WORDS)) {
    const named = (m[1] ?? '').toLowerCase();
    stage = ({ '1': 1, one: 1, '2': 2, two: 2, '3': 3, three: 3 } as Record<string, number>)[named] ?? null;
  }
  return stage;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

const FIGURE =
  /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s*-?\s*(working|business|calendar|clear)?\s*-?\s*(days?|months?)\b/gi;

/** Every "N (working) days / months" in a text. */
export function figuresIn(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const raw = (match[1] ?? '').toLowerCase();
    const amount = NUMBER_WORDS[raw] ?? Number(raw);
    const qualifier = (match[2] ?? '').toLowerCase();
    const unit: Unit = (match[3] ?? '').toLowerCase().startsWith('month')
      ? 'months'
      : qualifier === 'working' || qualifier === 'business'
        ? 'working_days'
        : 'days';
    const before = text.slice(Math.max(0, match.index - 90), match.index);
    figures.push({
      amount,
      unit,
      kind: kindBefore(before),
      stage: stageBefore(before),
      index: match.index,
      text: match[0],
    });
  }
  return figures;
}

/** The figures the Code sets for a stage (its provisions' own requirement texts), or for one provision outside the stages. */
function allowedFigures(version: CodeVersion, provision: Provision, stage: number | null): Figure[] {
  const scope = stage === null ? [provision] : listProvisions(version).filter((p) => p.stage === stage);
  return scope.flatMap((p) => figuresIn(p.requirement));
}

function fits(mention: Figure, allowed: readonly Figure[], workingDaysSaid: ReadonlySet<number>): boolean {
  return allowed.some((a) => {
    if (a.amount !== mention.amount) return false;
    if (mention.kind !== 'unsaid' && a.kind !== 'unsaid' && a.kind !== mention.kind) return false;
    if (a.unit === mention.unit) return true;
    // Stricter than the Code (working days where it says days) is no conflict.
    if (a.unit === 'days' && mention.unit === 'working_days') return true;
    // "the 20 day timescale" after "20 working days" in the same answer is shorthand for it.
    return a.unit === 'working_days' && mention.unit === 'days' && workingDaysSaid.has(mention.amount);
  });
}

function describe(figure: Figure): string {
  return `${figure.amount} ${figure.unit === 'working_days' ? 'working days' : figure.unit}`;
}

/** `timescale_conflict`: the answer names a timescale the Code does not set for this provision's stage. */
export function timescaleConflict(answer: AnswerText, codeVersion: CodeVersion | null): RaisedFlag | null {
  if (!codeVersion) return null;
  const provision = getProvision(codeVersion, answer.provision);
  if (!provision || figuresIn(provision.requirement).length === 0) return null;
  const parts = answerParts(answer);
  const workingDaysSaid = new Set(
    parts
      .flatMap((p) => figuresIn(p.text))
      .filter((f) => f.unit === 'working_days')
      .map((f) => f.amount),
  );
  const own = provision.timescale
    ? `${provision.number} sets ${provision.timescale.amount} ${provision.timescale.unit.replace('_', ' ')}`
    : `${provision.number} sets ${figuresIn(provision.requirement).map(describe).join(' / ')}`;
  for (const part of parts) {
    for (const sentence of sentences(part.text)) {
      for (const mention of figuresIn(sentence)) {
        const allowed = allowedFigures(codeVersion, provision, mention.stage ?? provision.stage);
        if (allowed.length === 0 || fits(mention, allowed, workingDaysSaid)) continue;
        return {
          flag: 'timescale_conflict',
          reason: `Names ${describe(mention)} where ${own}: ${quote(sentence, mention.index, mention.text.length)}`,
        };
      }
    }
  }
  return null;
}
