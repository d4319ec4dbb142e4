import type { CodeVersion } from '@app/code-catalog';
import type { ParseWarning } from '../model/parsed-submission';
import type { CodeKnowledge } from '../normalise/code-knowledge';

export interface VersionChoice {
  version: CodeVersion;
  confidence: number;
  warning?: ParseWarning;
}

const VERSIONS: readonly CodeVersion[] = ['2024', '2022'];

/**
 * Provision numbers that only one version has settle it when they are many and one-sided (a 2024 form has
 * section 9, a 2022 form 4.19 and 5.20). Otherwise the catalog reads the text (headers, section titles,
 * wording) and decides when it is confident and the numbers do not contradict it.
 */
export function chooseVersion(text: string, numbers: readonly string[], knowledge: CodeKnowledge): VersionChoice {
  const votes = numberVotes(numbers, knowledge);
  const leader: CodeVersion = votes['2022'] > votes['2024'] ? '2022' : '2024';
  const trailer: CodeVersion = leader === '2024' ? '2022' : '2024';
  if (votes[leader] >= 5 && votes[trailer] <= 1) return { version: leader, confidence: 0.9 };

  const detected = knowledge.detectVersion(text);
  if (detected.version && detected.confidence >= 0.5) {
    const against = votes[detected.version === '2024' ? '2022' : '2024'];
    if (against <= votes[detected.version] + 3) return { version: detected.version, confidence: round(detected.confidence) };
  }
  const margin = Math.abs(votes['2022'] - votes['2024']);
  if (margin >= 2) return { version: leader, confidence: round(Math.min(0.9, 0.5 + margin * 0.05)) };
  const version = detected.version ?? '2024';
  return {
    version,
    confidence: round(Math.min(0.4, detected.confidence)),
    warning: {
      code: 'version_uncertain',
      message: `The Code version could not be told from the document; ${version} was assumed.`,
    },
  };
}

function numberVotes(numbers: readonly string[], knowledge: CodeKnowledge): Record<CodeVersion, number> {
  const sets = Object.fromEntries(VERSIONS.map((v) => [v, new Set(knowledge.provisions(v))])) as Record<CodeVersion, Set<string>>;
  const votes: Record<CodeVersion, number> = { '2024': 0, '2022': 0 };
  for (const number of new Set(numbers)) {
    const in2024 = sets['2024'].has(number);
    const in2022 = sets['2022'].has(number);
    if (in2024 && !in2022) votes['2024']++;
    if (in2022 && !in2024) votes['2022']++;
  }
  return votes;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
