import { councilForLabel } from './council-names';
import { domainMentions, type DomainMention } from './domains';

const LABELLED = /^[\s*#]*(?:landlord(?:'s)? name|name of (?:the )?(?:landlord|organisation)|landlord|organisation(?: name)?|registered provider|provider name)\s*[:\t\u2013-]\s*([^\t\n]{2,80}?)\s*$/im;
const SUFFIX = '(?:Council|Housing Association|Housing Trust|Housing Group|Housing|Homes|Group|Trust|Living|Partnership|Association)';
const ORG_PHRASE = new RegExp(`\\b((?:[A-Z][\\w'\u2019&-]*\\s+(?:(?:and|of|upon|on|under|with|&)\\s+)?){1,4}${SUFFIX})\\b(?!\\s*(?:Tax|Housing|Homes|Act|Code|Plan|Policy|Team|Officer|Member|Meeting|Report|Committee|Board|Services?))`, 'g');
// Words that begin or fill generic phrases ("Social Housing", "The Council", "Housing Ombudsman").
const GENERIC = new Set([
  'the', 'our', 'this', 'that', 'a', 'an', 'each', 'any', 'all', 'every', 'your', 'their', 'its', 'council', 'councils', 'social',
  'supported', 'sheltered', 'affordable', 'private', 'public', 'local', 'national', 'temporary', 'emergency', 'customer',
  'complaints', 'complaint', 'annual', 'member', 'cabinet', 'landlord', 'landlords', 'housing', 'department', 'service',
  'services', 'ombudsman', 'strategic', 'senior', 'executive', 'corporate', 'equality', 'government', 'regulator', 'code',
  'handling', 'resident', 'residents', 'tenant', 'tenants', 'and', 'of', 'upon', 'on', 'under', 'with', 'in', 'for', 'to',
  'section', 'stage', 'appendix', 'scrutiny', 'overview', 'leaseholder', 'leaseholders', 'council\u2019s', "council's",
  'parish', 'county', 'district', 'borough', 'city', 'town', 'london', 'english', 'uk', 'registered', 'provider', 'providers',
]);
const JOB_WORD = /^(?:director|head|manager|officer|lead|chair|chief|executive|assistant|deputy|team|panel|committee|member|minister|secretary|portfolio|cabinet)s?$/i;
// A self-reference used as a sentence subject: "whg have a Legal Services team", "Octavia is committed".
const SUBJECT = /(?:^|[.;:]\s+|\n|\t|\s)([A-Za-z][A-Za-z&]{1,19})\s+(?:have|has|operates?|introduced|provides?|aims?|is committed|are committed|will)\b/g;
const SUBJECT_STOP = new Set([
  'we', 'our', 'they', 'it', 'this', 'that', 'these', 'those', 'there', 'which', 'who', 'staff', 'landlords', 'landlord', 'residents',
  'resident', 'customers', 'customer', 'colleagues', 'officers', 'officer', 'team', 'teams', 'council', 'ombudsman', 'policy',
  'procedure', 'system', 'complaints', 'complaint', 'handlers', 'managers', 'manager', 'board', 'members', 'member', 'tenants',
  'you', 'he', 'she', 'i', 'process', 'training', 'report', 'reports', 'mrc', 'crm', 'code', 'also', 'and', 'all', 'not',
  'what', 'where', 'when', 'how', 'contractors', 'partners', 'services', 'service', 'users', 'people', 'everyone', 'nobody',
  'must', 'should', 'may', 'might', 'can', 'could', 'would', 'shall', 'then', 'now', 'already', 'always', 'never', 'still',
  'only', 'just', 'often', 'usually', 'currently', 'further', 'which', 'whom', 'whose', 'each', 'both', 'either', 'neither',
  'one', 'two', 'none', 'some', 'many', 'most', 'few', 'more', 'less', 'other', 'others', 'such', 'same', 'them', 'him', 'her',
]);

/**
 * The landlord's name, only as the document states it: a "Landlord:" label, an organisation named in the
 * title (or the logo's alt text), a copyright line ("© 2025 X Homes Ltd"), the organisation behind its own
 * email and web addresses, an organisation it names repeatedly, or
 * the short name it uses for itself as a sentence subject in its own answers (`ownText`: "whg have...").
 * Null when none of these appear.
 */
export function detectLandlord(intro: readonly string[], text: string, ownText: string): string | null {
  for (const source of [...intro, text]) {
    const labelled = LABELLED.exec(source);
    if (labelled?.[1] && /[A-Za-z]{2}/.test(labelled[1])) return labelled[1].trim();
  }
  const phrases = orgPhrases(text);
  const introPhrase = intro.flatMap((line) => [...orgPhrases(line).keys()])[0];
  if (introPhrase) return introPhrase;
  const titled = intro.map(titleName).find((name) => name !== null);
  if (titled) return titled;
  const owner = copyrightHolder(text);
  if (owner) return owner;

  const domain = domainMentions(text)[0];
  const fromDomain = domain ? nameForDomain(domain, text, phrases) : null;
  if (fromDomain) return fromDomain;

  // A council is named precisely; "X Housing" or "X Trust" might be a partner, so it must recur.
  const [top] = [...phrases.entries()].filter(([p, n]) => n >= 2 || /Council$/.test(p)).sort((a, b) => b[1] - a[1]);
  if (top) return top[0];
  return selfReference(ownText);
}

const NAME = "[A-Z][\\w&'\u2019.]*(?:\\s+(?:[A-Z&][\\w&'\u2019.]*|of|and|for))*";
const SELF_ASSESSMENT = '[Ss]elf[- ]?[Aa]ssessment';
const NAME_BEFORE_TITLE = new RegExp(`^\\s*(${NAME})\\s*[-\u2013\u2014:|]\\s*(?:[\\w'\u2019 ]{0,60}\\s)?${SELF_ASSESSMENT}`);
const NAME_AFTER_TITLE = new RegExp(`${SELF_ASSESSMENT}\\s*(?:for|by|of)\\s+(${NAME})\\s*$`);
const NOT_A_NAME = /\b(?:appendix|annex|section|part|table|annual|ombudsman|complaints?|code|form|draft|final|our|the|landlords?|stage|version)\b/i;

/** "Peabody – Complaint Handling Code self-assessment", "Self-assessment for Riverside Vale". */
function titleName(line: string): string | null {
  const match = NAME_BEFORE_TITLE.exec(line) ?? NAME_AFTER_TITLE.exec(line);
  const name = match?.[1]?.trim();
  return name && name.length <= 60 && !NOT_A_NAME.test(name) ? name : null;
}

const COPYRIGHT = /(?:(?:©|\(c\)|\bcopyright\b)\s*)+(?:20\d{2}(?:\s*[-–]\s*(?:20)?\d{2})?\s*)?,?\s*(?:by\s+)?([A-Z][\w&'’.,\- ]{1,80}?)\s*(?:[.|]\s*all rights reserved\b|all rights reserved\b|\s{2,}|\s[|–—-]\s|\s+page\s+\d|\s+20\d{2}\b|\.?\s*$)/im;

/** The holder of a copyright line: "© 2025 Larchfield Homes Ltd", but not the Ombudsman's or the Crown's. */
function copyrightHolder(text: string): string | null {
  for (const line of text.split('\n')) {
    if (!/©|\(c\)|copyright/i.test(line)) continue;
    const name = COPYRIGHT.exec(line)?.[1]?.replace(/[.,\s]+$/, '').trim();
    if (name && /[a-z]{2}/i.test(name) && !/ombudsman|regulator|crown|government|microsoft|adobe/i.test(name)) return name;
  }
  return null;
}

function orgPhrases(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const match of text.matchAll(ORG_PHRASE)) {
    const phrase = trimGeneric((match[1] ?? '').replace(/\s+/g, ' ').trim());
    if (phrase) found.set(phrase, (found.get(phrase) ?? 0) + 1);
  }
  return found;
}

/** Drops leading generic words ("The Lewisham Council" → "Lewisham Council"); null when nothing specific is left. */
function trimGeneric(phrase: string): string | null {
  const words = phrase.split(' ');
  while (words.length > 1 && GENERIC.has((words[0] ?? '').toLowerCase())) words.shift();
  const specific = words.slice(0, -1).filter((w) => !GENERIC.has(w.toLowerCase()));
  if (specific.length === 0 || /ombudsman|regulator|government/i.test(phrase)) return null;
  // "Director of Housing", "Head of Housing": a post, not an organisation.
  if (words.some((w) => JOB_WORD.test(w))) return null;
  return words.join(' ');
}

function nameForDomain(domain: DomainMention, text: string, phrases: Map<string, number>): string | null {
  const label = domain.label.replace(/-/g, '');
  for (const phrase of phrases.keys()) {
    const squashed = phrase.toLowerCase().replace(/[^a-z]/g, '');
    if (squashed === label || squashed.startsWith(label)) return phrase;
  }
  if (domain.council) {
    // An acronym ("lbhf") cannot be spelled back into a name: say nothing rather than invent "Lbhf Council".
    const name = councilForLabel(label) ?? spellFromText(label, text) ?? (/[aeiouy]/.test(label) ? capitalise(label) : null);
    if (!name) return null;
    return /council$/i.test(name) ? name : `${name} Council`;
  }
  return spellFromText(label, text);
}

const ORG_WORDS = ['housing', 'homes', 'home', 'group', 'trust', 'association', 'living', 'partnership', 'communities', 'community', 'estates', 'council'];

/**
 * Splits a domain label into words the document itself capitalises, plus organisation words:
 * "octaviahousing" → "Octavia Housing" when the text says "Octavia". Fewest words wins.
 */
function spellFromText(label: string, text: string): string | null {
  const vocabulary = new Map<string, string>();
  for (const word of text.match(/\b[A-Za-z][A-Za-z'-]{1,24}\b/g) ?? []) {
    const key = word.toLowerCase();
    if (/^[A-Z]/.test(word) && key !== label) vocabulary.set(key, vocabulary.get(key) ?? word);
  }
  for (const word of ORG_WORDS) vocabulary.set(word, vocabulary.get(word) ?? capitalise(word));
  const best: (string[] | null)[] = new Array<string[] | null>(label.length + 1).fill(null);
  best[0] = [];
  for (let end = 1; end <= label.length; end++) {
    for (let start = Math.max(0, end - 25); start < end; start++) {
      const prefix = best[start];
      const word = vocabulary.get(label.slice(start, end));
      if (!prefix || !word) continue;
      const candidate = [...prefix, word];
      const current = best[end];
      if (!current || candidate.length < current.length) best[end] = candidate;
    }
  }
  const words = best[label.length];
  if (!words || words.length === 0 || words.every((w) => ORG_WORDS.includes(w.toLowerCase()))) return null;
  return words.map((w) => (ORG_WORDS.includes(w.toLowerCase()) ? capitalise(w.toLowerCase()) : w)).join(' ');
}

function selfReference(text: string): string | null {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(SUBJECT)) {
    const word = match[1] ?? '';
    if (SUBJECT_STOP.has(word.toLowerCase()) || /^[A-Z][a-z]+$/.test(word) === false && word.length > 6) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const [top] = [...counts.entries()].filter(([word, n]) => n >= 3 && !isCommonWord(word)).sort((a, b) => b[1] - a[1]);
  return top ? top[0] : null;
}

// Capitalised sentence-initial words that commonly precede "will"/"has" in these forms.
function isCommonWord(word: string): boolean {
  return /^(?:[A-Z][a-z]+ly|Each|Every|Any|Some|Most|Everyone|Information|Training|Feedback|Learning|Performance|Data|Action|Work)$/.test(word);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
