import type { CodeVersion } from '@app/code-catalog';
import type { PageRegion } from '../model/extracted-document';
import type { ParsedRow, ParseWarning, RowSource } from '../model/parsed-submission';
import type { CodeKnowledge } from './code-knowledge';
import { cellText, type DraftRow, type Fragment } from './draft-row';
import type { NoiseFilter } from './noise';
import { isWholeAnswer, normaliseStatus, type StatusReading } from '../vocabulary/answers';

export interface FinaliseContext {
  version: CodeVersion;
  knowledge: CodeKnowledge;
  noise: NoiseFilter;
}

export function finaliseRow(draft: DraftRow, ctx: FinaliseContext): ParsedRow {
  const warnings: ParseWarning[] = [...draft.warnings];
  const clean = (fragments: Fragment[]): string => cellText(fragments.filter((f) => !ctx.noise.isNoise(f.text)));
  const { reading, raw } = readStatus(draft, warnings);
  const provision = draft.number ?? draft.numberRaw ?? '';
  if (!draft.number) warnings.push({ code: 'provision_garbled', message: 'The provision number could not be read or recovered.' });

  const evidence = clean(draft.cells.evidence);
  const commentary = clean(draft.cells.commentary);
  const penalty = draft.penalty + (draft.number ? 0 : 0.5);
  return {
    provision,
    canonicalProvisions: draft.number && ctx.knowledge.requirementText(ctx.version, draft.number) !== null
      ? ctx.knowledge.canonicalFor(ctx.version, draft.number)
      : [],
    status: reading.status,
    statusRaw: raw,
    requirement: clean(draft.cells.requirement),
    evidence: evidence || null,
    commentary: commentary || null,
    confidence: round(Math.max(0, Math.min(1, (1 - penalty) * reading.confidence))),
    warnings,
    source: sourceOf(draft),
  };
}

/** The first readable answer wins; later conflicting answers and OCR debris are reported, not merged. */
function readStatus(draft: DraftRow, warnings: ParseWarning[]): { reading: StatusReading; raw: string | null } {
  const fragments = draft.cells.status.map((f) => f.text.trim()).filter(Boolean);
  if (fragments.length === 0 && draft.inheritedStatus) {
    return { reading: normaliseStatus(draft.inheritedStatus), raw: draft.inheritedStatus };
  }
  const raw = fragments.length ? fragments.join(' ') : null;
  if (fragments.length <= 1) {
    const reading = normaliseStatus(raw);
    if (reading.warning) warnings.push(reading.warning);
    return { reading, raw };
  }
  // An answer wrapped over lines ("Partially" / "met") reads as one.
  if (isWholeAnswer(raw)) return { reading: normaliseStatus(raw), raw };
  const readings = fragments.map((f) => normaliseStatus(f));
  const chosen = readings.find((r) => r.status !== 'unknown') ?? normaliseStatus(raw);
  if (chosen.warning) warnings.push(chosen.warning);
  const others = readings.filter((r) => r !== chosen);
  if (others.some((r) => r.status !== 'unknown' && r.status !== chosen.status)) {
    warnings.push({ code: 'status_ambiguous', message: `The answer cell holds conflicting answers ("${raw}"); the first was used.` });
    return { reading: { ...chosen, confidence: chosen.confidence * 0.6 }, raw };
  }
  if (others.some((r) => r.status === 'unknown')) {
    warnings.push({ code: 'status_noise_ignored', message: `Unreadable text in the answer cell was ignored ("${raw}").` });
  }
  return { reading: chosen, raw };
}

function sourceOf(draft: DraftRow): RowSource {
  const source: RowSource = {};
  const lines = [...draft.lines].sort((a, b) => a.index - b.index);
  const tabled = lines.filter((l) => l.source.table !== undefined);
  const first = tabled[0];
  const last = tabled[tabled.length - 1];
  if (first?.source.table !== undefined && first.source.row !== undefined) {
    source.table = first.source.table;
    source.row = first.source.row;
    if (last && last.source.row !== undefined && (last.source.row !== first.source.row || last.source.table !== first.source.table)) {
      source.lastRow = last.source.row;
    }
  }
  const numbers = lines.flatMap((l) => (l.source.line !== undefined ? [l.source.line] : []));
  if (numbers.length) {
    source.firstLine = numbers.reduce((a, b) => Math.min(a, b));
    source.lastLine = numbers.reduce((a, b) => Math.max(a, b));
  }
  const pages = [...new Set(lines.flatMap((l) => (l.source.page !== undefined ? [l.source.page] : [])))];
  const regions = unionByPage(lines.flatMap((l) => l.regions));
  if (regions.length) source.regions = regions;
  const allPages = [...new Set([...pages, ...regions.map((r) => r.page)])].sort((a, b) => a - b);
  if (allPages.length) source.pages = allPages;
  return source;
}

function unionByPage(regions: PageRegion[]): PageRegion[] {
  const byPage = new Map<number, PageRegion>();
  for (const r of regions) {
    const seen = byPage.get(r.page);
    byPage.set(
      r.page,
      seen
        ? { ...seen, x0: Math.min(seen.x0, r.x0), y0: Math.min(seen.y0, r.y0), x1: Math.max(seen.x1, r.x1), y1: Math.max(seen.y1, r.y1) }
        : { ...r },
    );
  }
  return [...byPage.values()].sort((a, b) => a.page - b.page);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
