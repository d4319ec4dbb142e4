import { randomUUID } from 'node:crypto';
import { canonicalFor, type CodeVersion, listProvisions } from '@app/code-catalog';
import type { LandlordType } from '@app/contracts';
import { normaliseLandlordName } from '../landlord-names/landlord-name';

/** A small seeded generator (mulberry32), so a given seed always plans the same sector. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = [
  ['London', 0.2],
  ['South East', 0.13],
  ['North West', 0.13],
  ['Yorkshire and the Humber', 0.1],
  ['West Midlands', 0.1],
  ['East of England', 0.09],
  ['South West', 0.09],
  ['East Midlands', 0.08],
  ['North East', 0.08],
] as const;

const TYPES: readonly (readonly [LandlordType, number, string, number])[] = [
  // type, share, name suffix, median homes
  ['housing_association', 0.55, 'Housing', 4000],
  ['local_authority', 0.25, 'Council', 12000],
  ['almo', 0.08, 'Homes', 15000],
  ['tmo', 0.05, 'Tenant Management Organisation', 300],
  ['other', 0.07, 'Living', 800],
];

const PLACES = [
  'Ashcombe', 'Brackenfield', 'Calder', 'Dunmore', 'Elmbridge', 'Fenwick', 'Greyston', 'Hallow', 'Ironbridge', 'Kestrel',
  'Larkfield', 'Marden', 'Northwold', 'Oakhurst', 'Pennings', 'Queensbury', 'Redmarsh', 'Stourvale', 'Thornbury', 'Upwell',
  'Wendover', 'Yarrow', 'Alderley', 'Bramhope', 'Coldharbour', 'Denholme', 'Eastry', 'Farleigh', 'Glenfield', 'Holmewood',
];
const SECOND = ['', ' Vale', ' Valley', ' Moor', ' Cross', ' Heath', ' Bridge', ' Downs', ' Park', ' Fields', ' Wood', ' Lea'];

function pick<T>(random: () => number, weighted: readonly (readonly [T, number, ...unknown[]])[]): number {
  let r = random();
  for (let i = 0; i < weighted.length; i++) {
    r -= weighted[i]![1];
    if (r <= 0) return i;
  }
  return weighted.length - 1;
}

export interface PlannedLandlord {
  id: string;
  name: string;
  match_name: string;
  type: LandlordType;
  region: string;
  homes_owned: number | null;
  /** How much more (or less) often than the sector this landlord answers no or partially. */
  laxity: number;
  /** Set for a landlord merged into another after its first years. */
  merged_into_id: string | null;
}

export interface PlannedSubmission {
  id: string;
  landlord_id: string;
  year: number;
  version: CodeVersion;
  status: 'parsed' | 'accepted';
  superseded_by_id: string | null;
  laxity: number;
  created_at: string;
}

export function planLandlords(count: number, random: () => number): PlannedLandlord[] {
  const used = new Set<string>();
  const landlords: PlannedLandlord[] = [];
  for (let i = 0; i < count; i++) {
    const [type, , suffix, median] = TYPES[pick(random, TYPES)]!;
    const base = `${PLACES[Math.floor(random() * PLACES.length)]}${SECOND[Math.floor(random() * SECOND.length)]} ${suffix}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base} ${n}`;
    used.add(name);
    const homes = random() < 0.05 ? null : Math.max(20, Math.round(median * Math.exp((random() + random() + random() - 1.5) * 1.6)));
    landlords.push({
      id: randomUUID(),
      name,
      match_name: normaliseLandlordName(name),
      type,
      region: REGIONS[pick(random, REGIONS)]![0],
      homes_owned: homes,
      laxity: Math.exp((random() + random() - 1) * 1.2),
      merged_into_id: null,
    });
  }
  return landlords;
}

/**
 * Every landlord-year: most landlords submit most years; a few years hold an earlier upload the later one
 * superseded; about one landlord in a hundred is merged into another of its type half-way through.
 */
export function planSubmissions(landlords: PlannedLandlord[], years: number[], random: () => number): PlannedSubmission[] {
  const submissions: PlannedSubmission[] = [];
  const mergeYear = years[Math.floor(years.length / 2)] ?? years[0]!;
  const merges = new Map<string, string>();
  for (const landlord of landlords) {
    if (random() >= 0.01 || merges.has(landlord.id)) continue;
    const into = landlords.find((l) => l.type === landlord.type && l.id !== landlord.id && !l.merged_into_id && !merges.has(l.id));
    if (!into || into.merged_into_id) continue;
    landlord.merged_into_id = into.id;
    merges.set(landlord.id, into.id);
  }
  const mergedYears = new Set<string>();
  for (const landlord of landlords) {
    for (const year of years) {
      if (landlord.merged_into_id && year >= mergeYear) continue;
      if (random() > 0.86 + 0.015 * (year - years[0]!)) continue;
      if (landlord.merged_into_id) mergedYears.add(`${landlord.merged_into_id}:${year}`);
      const version: CodeVersion = year >= 2024 ? '2024' : '2022';
      const created = new Date(Date.UTC(year + 1, Math.floor(random() * 6), 1 + Math.floor(random() * 27)));
      const id = randomUUID();
      const status = random() < 0.75 ? 'accepted' : 'parsed';
      submissions.push({ id, landlord_id: landlord.id, year, version, status, superseded_by_id: null, laxity: landlord.laxity, created_at: created.toISOString() });
      if (random() < 0.04) {
        const earlier = new Date(created.getTime() - 20 * 86_400_000).toISOString();
        submissions.push({ id: randomUUID(), landlord_id: landlord.id, year, version, status: 'parsed', superseded_by_id: id, laxity: landlord.laxity * 1.3, created_at: earlier });
      }
    }
  }
  // A successor does not also submit for the years its merged landlord did: those years show in its history, marked.
  return submissions.filter((s) => !mergedYears.has(`${s.landlord_id}:${s.year}`));
}

export interface ProvisionSpec {
  version: CodeVersion;
  position: number;
  provision: string;
  links: { provision: string; relation: string; confidence: string; trend: string }[];
  requirement: string;
  /** Share answering no and partially in the first year, and their relative change per year. */
  no: number;
  partial: number;
  drift: number;
}

/** Provisions answered no or partially far more often than most, with their own drift per year. */
const HARD: Record<string, { no: number; partial: number; drift: number }> = {
  '6.3': { no: 0.2, partial: 0.12, drift: -0.03 },
  '6.14': { no: 0.24, partial: 0.1, drift: 0.04 },
  '6.5': { no: 0.1, partial: 0.08, drift: -0.05 },
  '6.16': { no: 0.1, partial: 0.08, drift: -0.05 },
  '5.8': { no: 0.08, partial: 0.1, drift: -0.08 },
  '8.2': { no: 0.07, partial: 0.06, drift: 0.02 },
  '3.6': { no: 0.06, partial: 0.07, drift: -0.1 },
};
const USUAL = { no: 0.025, partial: 0.04, drift: -0.07 };

export function provisionSpecs(): ProvisionSpec[] {
  return (['2022', '2024'] as const).flatMap((version) =>
    listProvisions(version).map((p, position) => {
      const links = canonicalFor(version, p.number).map((m) => ({ provision: m.provision, relation: m.relation, confidence: m.confidence, trend: m.trend }));
      const rates = HARD[links[0]?.provision ?? ''] ?? USUAL;
      return { version, position, provision: p.number, links, requirement: p.requirement, ...rates };
    }),
  );
}
