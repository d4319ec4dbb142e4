import type { CarriedFrom, CaveatMarker } from '@app/contracts';

/** `2022 5.2 (changed)`: a source provision in its own Code version, and how it reached the 2024 one. */
export function carriedText(from: CarriedFrom): string {
  return `${from.codeVersion} ${from.provision} (${from.relation})`;
}

/**
 * The marker of a counted answer in words, the same in every export: where it was carried from and,
 * for merged duties, that the least compliant of several answers counted. Empty when unmarked.
 */
export function caveatText(marker: CaveatMarker | null | undefined): string {
  if (!marker) return '';
  const parts = [];
  const caveats = marker.from.filter((f) => f.trend === 'caveat');
  if (caveats.length > 0) parts.push(`carried with a caveat from ${caveats.map(carriedText).join(', ')}`);
  if (marker.leastCompliantOf)
    parts.push(
      `least compliant of ${marker.leastCompliantOf} answers (${marker.from.map(carriedText).join(', ')})`,
    );
  return parts.join('; ');
}
