import type { AnswerStatus } from '@app/contracts';

export interface StatusStyle {
  /** Shown in the cell, so the status never depends on colour alone. */
  symbol: string;
  label: string;
  /** CSS modifier of the heat-map cell (background and text colours with at least 4.5:1 contrast). */
  modifier: string;
}

const STYLES: Record<AnswerStatus, StatusStyle> = {
  yes: { symbol: 'Y', label: 'Yes', modifier: 'yes' },
  partial: { symbol: 'P', label: 'Partly', modifier: 'partial' },
  no: { symbol: 'N', label: 'No', modifier: 'no' },
  na: { symbol: '–', label: 'Not applicable', modifier: 'na' },
  missing: { symbol: '?', label: 'Blank', modifier: 'missing' },
  unknown: { symbol: '!', label: 'Not recognised', modifier: 'unknown' },
};

export function statusStyle(status: AnswerStatus): StatusStyle {
  return STYLES[status];
}

/** Marker for figures carried from the 2022 Code through a changed provision. */
export const CAVEAT_SYMBOL = '†';

/** Marker for an answer with a consistency flag no analyst has dismissed. */
export const FLAG_SYMBOL = '*';

/** The statuses in the order a legend lists them. */
export const LEGEND_ORDER: AnswerStatus[] = ['yes', 'partial', 'no', 'na', 'missing', 'unknown'];

/** A share (0…1) as a whole percentage, or a dash when nobody answered. */
export function percent(share: number | null | undefined): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '–';
  return `${Math.round(share * 100)}%`;
}

/** A change in share points (−1…1) with its sign, e.g. "+12 points". */
export function pointsChange(change: number | null | undefined): string {
  if (change === null || change === undefined) return '–';
  const points = Math.round(change * 100);
  return `${points > 0 ? '+' : points < 0 ? '−' : ''}${Math.abs(points)} points`;
}

const TYPE_LABELS: Record<string, string> = {
  local_authority: 'Local authority',
  housing_association: 'Housing association',
  almo: 'ALMO',
  tmo: 'TMO',
  other: 'Other',
};

export function landlordTypeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type;
}

const SIZE_LABELS: Record<string, string> = {
  under_1000: 'Under 1,000 homes',
  '1000_9999': '1,000 to 9,999 homes',
  '10000_49999': '10,000 to 49,999 homes',
  '50000_plus': '50,000 homes or more',
  unknown: 'Size not known',
};

export function sizeBandLabel(band: string): string {
  return SIZE_LABELS[band] ?? band;
}

/** How a trend split names its groups. */
export function groupLabel(groupBy: string, value: string | undefined): string {
  if (value === undefined) return 'All landlords';
  if (groupBy === 'landlordType') return landlordTypeLabel(value);
  if (groupBy === 'sizeBand') return sizeBandLabel(value);
  return value;
}

/** A provision's title without its number, which some titles repeat ("6.3 Stage 1 response…"). */
export function bareTitle(provision: string, title: string): string {
  return title.startsWith(`${provision} `) ? title.slice(provision.length + 1) : title;
}
