// The parser's list: a name read from a document's web address and one typed into the registry fold alike.
import { DOMAIN_SUFFIXES } from '@app/parser';

/**
 * Landlord name normalisation: the forms a landlord's name takes in self-assessment documents,
 * file names and web addresses brought to one comparable key. Pure; no database.
 *
 *   "London Borough of Lewisham", "Lewisham London Borough Council", "LB Lewisham" -> "lewisham council"
 *   "Octavia Housing Association Ltd", "Octavia Housing" -> "octavia housing"
 *   "www.lewisham.gov.uk", "complaints@lewisham.gov.uk" -> "lewisham" (a council, from .gov.uk)
 */

/** What kind of organisation a name says it is; 'unknown' is compatible with either. */
export type LandlordNameKind = 'council' | 'organisation' | 'unknown';

export interface LandlordNameKey {
  /** Lower-case words separated by single spaces, local-authority forms canonicalised to "<place> council". */
  normalised: string;
  /** `normalised` without spaces, so "octaviahousing.org.uk" meets "Octavia Housing". */
  compact: string;
  /** The distinctive words: `normalised` without generic organisation words ("council", "housing", ...). */
  core: string[];
  kind: LandlordNameKind;
  /** Initials of the words, e.g. "whg" for "walsall housing group". */
  acronym: string;
}

const LEGAL_WORDS = new Set(['ltd', 'limited', 'plc', 'llp', 'cic', 'inc']);
const GENERIC_WORDS = new Set([
  'council',
  'housing',
  'association',
  'group',
  'borough',
  'city',
  'district',
  'county',
  'london',
  'royal',
  'metropolitan',
  'the',
  'of',
  'and',
]);
const ACRONYM_SKIP = new Set(['of', 'the', 'and']);
const ORGANISATION_WORDS = new Set([
  'housing',
  'homes',
  'association',
  'group',
  'trust',
  'society',
  'partnership',
  'living',
]);
const DOMAIN =
  /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^\s@/]+@)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?$/;

/** Lower case, accents removed, curly quotes straightened, whitespace collapsed. */
function fold(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "https://www.lewisham.gov.uk/complaints" -> { label: "lewisham", council: true }; null when not a web or email address. */
function domainLabel(folded: string): { label: string; council: boolean } | null {
  const match = DOMAIN.exec(folded);
  if (!match?.[1]) return null;
  const host = match[1];
  const suffix = DOMAIN_SUFFIXES.find((s) => host.endsWith(`.${s}`));
  if (!suffix) return null;
  const labels = host.slice(0, -suffix.length - 1).split('.');
  const label = labels[labels.length - 1];
  if (!label) return null;
  return { label: label.replace(/-/g, ' '), council: suffix === 'gov.uk' };
}

/** "London Borough of X", "X London Borough Council", "LB X", "City of X Council" ... -> "x council". */
function canonicaliseCouncil(words: string): string {
  return words
    .replace(/^(?:lb|rb) (.+)$/, '$1 council')
    .replace(/^(?:london |royal |metropolitan |county )?borough (?:council )?of (.+)$/, '$1 council')
    .replace(
      /^(.+?) (?:london |royal |metropolitan )?(?:borough|city|district|county) council$/,
      '$1 council',
    )
    .replace(/^(?:city|county|district) (?:council )?of (.+) council$/, '$1 council')
    .replace(/^(.+?) (?:council )+council$/, '$1 council');
}

function words(folded: string): string {
  const tokens = folded
    .replace(/[&+]/g, ' and ')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && !LEGAL_WORDS.has(w));
  if (tokens[0] === 'the' && tokens.length > 1) tokens.shift();
  return canonicaliseCouncil(tokens.join(' ').replace(/\bhousing assoc(?:iation)?\b/g, 'housing'));
}

function keyOf(normalised: string, kind?: LandlordNameKind): LandlordNameKey {
  const tokens = normalised ? normalised.split(' ') : [];
  const core = tokens.filter((w) => !GENERIC_WORDS.has(w));
  const inferred: LandlordNameKind =
    tokens.at(-1) === 'council'
      ? 'council'
      : tokens.some((w) => ORGANISATION_WORDS.has(w))
        ? 'organisation'
        : 'unknown';
  return {
    normalised,
    compact: tokens.join(''),
    core,
    kind: kind ?? inferred,
    acronym: tokens
      .filter((w) => !ACRONYM_SKIP.has(w))
      .map((w) => w[0])
      .join(''),
  };
}

function keyFor(part: string): LandlordNameKey | null {
  const folded = fold(part);
  if (!folded) return null;
  const domain = domainLabel(folded);
  if (domain) return keyOf(words(domain.label), domain.council ? 'council' : undefined);
  const normalised = words(folded);
  return normalised ? keyOf(normalised) : null;
}

/**
 * Every comparable form of a name: the name without its parenthetical, each parenthetical, and each
 * segment of a name joined by " - ", ":" or "|" ("Kingston Council (Royal Borough of Kingston upon Thames)"
 * gives "kingston council" and "kingston upon thames council"). The first key is the main form.
 */
export function landlordNameKeys(name: string): LandlordNameKey[] {
  const inner = [...name.matchAll(/\(([^()]*)\)/g)].map((m) => m[1] ?? '');
  const outer = name.replace(/\([^()]*\)/g, ' ');
  const parts = [outer, ...inner];
  for (const part of [outer, ...inner]) {
    const segments = part.split(/\s[-\u2013\u2014:|]\s|\s*\|\s*|:\s/);
    if (segments.length > 1) parts.push(...segments);
  }
  const keys: LandlordNameKey[] = [];
  for (const part of parts) {
    const key = keyFor(part);
    if (key && !keys.some((k) => k.normalised === key.normalised)) keys.push(key);
  }
  return keys;
}

/** The main normalised form of a name, stored as `match_name` for exact look-ups and uniqueness. */
export function normaliseLandlordName(name: string): string {
  return landlordNameKeys(name)[0]?.normalised ?? '';
}
