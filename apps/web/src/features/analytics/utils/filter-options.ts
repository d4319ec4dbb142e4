import {
  ANSWER_STATUSES,
  ASSESSMENT_YEAR_RANGE,
  CONSISTENCY_FLAG_LABELS,
  CONSISTENCY_FLAGS,
  LANDLORD_TYPES,
  type LandlordDto,
  SIZE_BANDS,
} from '@app/contracts';
import type { SelectOption } from '@web/components/SelectField';
import { landlordTypeLabel, sizeBandLabel, statusStyle } from './status-symbols';

export const LANDLORD_TYPE_OPTIONS: SelectOption[] = LANDLORD_TYPES.map((type) => ({
  value: type,
  text: landlordTypeLabel(type),
}));
export const SIZE_BAND_OPTIONS: SelectOption[] = SIZE_BANDS.map((band) => ({
  value: band,
  text: sizeBandLabel(band),
}));
export const STATUS_OPTIONS: SelectOption[] = ANSWER_STATUSES.map((status) => ({
  value: status,
  text: statusStyle(status).label,
}));
export const FLAG_OPTIONS: SelectOption[] = CONSISTENCY_FLAGS.map((flag) => ({
  value: flag,
  text: CONSISTENCY_FLAG_LABELS[flag],
}));

/** Each landlord by name, its id the value. */
export function landlordOptions(landlords: Pick<LandlordDto, 'id' | 'name'>[] | undefined): SelectOption[] {
  return (landlords ?? []).map((landlord) => ({ value: landlord.id, text: landlord.name }));
}

/** Provisions by number, as the Code catalogue lists them. */
export function provisionOptions(provisions: { number: string }[] | undefined): SelectOption[] {
  return (provisions ?? []).map((provision) => ({ value: provision.number, text: provision.number }));
}

/** Regions as the registry records them, in alphabetical order. */
export function regionOptions(landlords: LandlordDto[] | undefined): SelectOption[] {
  const regions = new Set<string>();
  for (const landlord of landlords ?? []) if (landlord.region) regions.add(landlord.region);
  return [...regions]
    .sort((a, b) => a.localeCompare(b, 'en-GB'))
    .map((region) => ({ value: region, text: region }));
}

export function yearOptions(years: number[] | undefined): SelectOption[] {
  return (years ?? []).map((year) => ({ value: String(year), text: String(year) }));
}

/** The last `count` assessment years up to this one, newest first, within the range the API accepts. */
export function recentYearOptions(count = 8, now = new Date()): SelectOption[] {
  const latest = Math.min(now.getFullYear(), ASSESSMENT_YEAR_RANGE.max);
  const years = Array.from({ length: count }, (_, i) => latest - i).filter(
    (year) => year >= ASSESSMENT_YEAR_RANGE.min,
  );
  return yearOptions(years);
}
