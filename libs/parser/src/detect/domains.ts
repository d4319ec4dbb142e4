import { domainSuffixOf } from './domain-suffixes';

export interface DomainMention {
  /** The organisation's label: `walthamforest` in `www.walthamforest.gov.uk`. */
  label: string;
  /** True for `.gov.uk`, where the organisation is a council. */
  council: boolean;
  count: number;
}

const HOST = /(?:[a-z0-9._%+-]+@|\bhttps?:\/\/|\bwww\.|(?<![\w.@/-])(?=[a-z0-9-]+\.(?:[a-z0-9-]+\.)*(?:gov|org|co)\.uk\b))((?:[a-z0-9-]+\.)+[a-z]{2,})/gi;
// Regulators, advice bodies, platforms and link shorteners: a landlord cites them but is not them.
const THIRD_PARTIES = new Set([
  'www', 'gov', 'housing-ombudsman', 'housingombudsman', 'ombudsman', 'lgo', 'legislation', 'resolver', 'google', 'microsoft',
  'office', 'outlook', 'gmail', 'hotmail', 'yahoo', 'icloud', 'facebook', 'twitter', 'x', 'linkedin', 'youtube', 'instagram',
  'tiktok', 'bit', 'tinyurl', 'adobe', 'sharepoint', 'example', 'wordpress', 'hqnetwork', 'cih', 'housing', 'nhf', 'tpas',
  'ons', 'equalityhumanrights', 'citizensadvice', 'shelter', 'nationalhousing', 'socialhousing', 'parliament', 'ico',
]);

/** Organisation labels of the email addresses and web addresses in the text, most frequent first. */
export function domainMentions(text: string): DomainMention[] {
  const counts = new Map<string, DomainMention>();
  // Tested token by token so a hostile run of letters cannot make the pattern backtrack across the whole text.
  const tokens = text.split(/[\s<>()[\]"',;]+/).filter((t) => t.length <= 256 && t.includes('.'));
  for (const match of tokens.flatMap((t) => [...t.matchAll(HOST)])) {
    const host = (match[1] ?? '').toLowerCase().replace(/\.$/, '');
    const suffix = domainSuffixOf(host);
    if (!suffix) continue;
    const labels = host.slice(0, -(suffix.length + 1)).split('.');
    const label = labels[labels.length - 1] ?? '';
    if (!label || THIRD_PARTIES.has(label)) continue;
    const seen = counts.get(label);
    if (seen) seen.count++;
    else counts.set(label, { label, council: suffix === 'gov.uk', count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}
