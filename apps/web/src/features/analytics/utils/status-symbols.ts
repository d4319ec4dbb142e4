import {
  ANSWER_STATUSES,
  ANSWER_STATUS_LABELS,
  type AnswerStatus,
  LANDLORD_TYPE_LABELS,
  SIZE_BAND_LABELS,
} from '@app/contracts';

export interface StatusStyle {
  /** Shown in the cell, so the status never depends on colour alone. */
  symbol: string;
  label: string;
  /** CSS modifier of the heat-map cell (background and text colours with at least 4.5:1 contrast). */
  modifier: string;
}

const SYMBOLS: Record<AnswerStatus, string> = {
  yes: 'Y',
  partial: 'P',
  no: 'N',
  na: '–',
  missing: '?',
  unknown: '!',
};

const STYLES = Object.fromEntries(
  ANSWER_STATUSES.map((status) => [
    status,
    { symbol: SYMBOLS[status], label: ANSWER_STATUS_LABELS[status], modifier: status },
  ]),
) as Record<AnswerStatus, StatusStyle>;

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

export function landlordTypeLabel(type: string): string {
  return LANDLORD_TYPE_LABELS[type as keyof typeof LANDLORD_TYPE_LABELS] ?? type;
}

export function sizeBandLabel(band: string): string {
  return SIZE_BAND_LABELS[band as keyof typeof SIZE_BAND_LABELS] ?? band;
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
