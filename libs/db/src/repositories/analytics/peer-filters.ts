import { ANSWER_STATUSES, LANDLORD_TYPES, type PeerFilters, SIZE_BANDS } from '@app/contracts';
import { z } from 'zod';

/** A landlord's size band from `homes_owned` (alias `l` for landlords). */
export const SIZE_BAND_SQL = `CASE WHEN l.homes_owned IS NULL THEN 'unknown' WHEN l.homes_owned < 1000 THEN 'under_1000'
  WHEN l.homes_owned < 10000 THEN '1000_9999' WHEN l.homes_owned < 50000 THEN '10000_49999' ELSE '50000_plus' END`;

/** Conditions on landlords `l` for the peer filters; values are pushed onto `params`. */
export function peerConditions(filters: PeerFilters, params: unknown[]): string[] {
  const where: string[] = [];
  if (filters.landlordType) where.push(`l.type = $${params.push(filters.landlordType)}`);
  if (filters.region) where.push(`l.region = $${params.push(filters.region)}`);
  if (filters.sizeBand) where.push(`(${SIZE_BAND_SQL}) = $${params.push(filters.sizeBand)}`);
  return where;
}

/**
 * The same peer filters on a read-model table that carries the landlord's slice (`landlord_type`, `region`
 * with '' for none, `size_band`): counting_submissions and counted_totals. No join with landlords needed.
 */
export function sliceConditions(filters: PeerFilters, params: unknown[], alias: string): string[] {
  const where: string[] = [];
  if (filters.landlordType) where.push(`${alias}.landlord_type = $${params.push(filters.landlordType)}`);
  if (filters.region) where.push(`${alias}.region = $${params.push(filters.region)}`);
  if (filters.sizeBand) where.push(`${alias}.size_band = $${params.push(filters.sizeBand)}`);
  return where;
}

/** Conditions to follow a WHERE clause's first one: `AND a AND b`, or '' for none. */
export const andAll = (conditions: string[]): string => conditions.map((c) => `AND ${c}`).join(' ');

/** Per-status counts as SQL columns over counted answers `ca` (one FILTER per status, named as the status). */
export const STATUS_COUNT_COLUMNS = ANSWER_STATUSES.map(
  (status) => `count(ca.status) FILTER (WHERE ca.status = '${status}')::int AS "${status}"`,
).join(', ');

/** Per-status sums as SQL columns over counted_totals `t` (named as the status). */
export const TOTALS_SUM_COLUMNS = ANSWER_STATUSES.map(
  (status) => `sum(t."${status}")::int AS "${status}"`,
).join(', ');


export const answerStatus = z.enum(ANSWER_STATUSES);
export const landlordType = z.enum(LANDLORD_TYPES);
export const sizeBand = z.enum(SIZE_BANDS);
export const codeVersion = z.enum(['2022', '2024']);

/** A landlord named in a row: `landlordId`, `landlordName`. */
export const landlordNameRow = z.object({ landlordId: z.string(), landlordName: z.string() });

/** A landlord with its peer slice (type, region, size band), as `LANDLORD_PEER_COLUMNS` selects it. */
export const landlordPeerRow = landlordNameRow.extend({ landlordType, region: z.string().nullable(), sizeBand });

/** The columns of `landlordPeerRow` from landlords `l`. */
export const LANDLORD_PEER_COLUMNS = `l.id AS "landlordId", l.name AS "landlordName", l.type AS "landlordType", l.region,
  ${SIZE_BAND_SQL} AS "sizeBand"`;

export const carriedFrom = z.object({
  codeVersion,
  provision: z.string(),
  relation: z.string(),
  trend: z.enum(['as_is', 'caveat']),
});

export const caveatMarker = z.object({
  from: z.array(carriedFrom),
  leastCompliantOf: z.number().optional(),
});

/** yes / (yes + no + partial), or null when nobody answered. */
export function answeredRate(counts: { yes: number; no: number; partial: number }): number | null {
  const answered = counts.yes + counts.no + counts.partial;
  return answered === 0 ? null : counts.yes / answered;
}
