import { describe, expect, it } from 'vitest';
import {
  type LandlordCandidate,
  matchLandlordName,
  scoreLandlordNames,
  similarity,
} from './landlord-matching';

const REGISTRY: LandlordCandidate[] = [
  {
    id: 'wf',
    name: 'Waltham Forest Council',
    aliases: ['London Borough of Waltham Forest', 'walthamforest.gov.uk'],
  },
  { id: 'oct', name: 'Octavia Housing', aliases: ['Octavia', 'octaviahousing.org.uk'] },
  {
    id: 'kin',
    name: 'Kingston Council (Royal Borough of Kingston upon Thames)',
    aliases: ['Royal Borough of Kingston upon Thames', 'kingston.gov.uk'],
  },
  { id: 'whg', name: 'whg (Walsall Housing Group)', aliases: ['Walsall Housing Group Limited'] },
  { id: 'lew', name: 'Lewisham Council', aliases: ['London Borough of Lewisham', 'lewisham.gov.uk'] },
  { id: 'hull', name: 'Hull City Council', aliases: ['Kingston upon Hull City Council'] },
  { id: 'wal', name: 'Walsall Council', aliases: [] },
];

const match = (name: string) => matchLandlordName(name, REGISTRY);

describe('matchLandlordName', () => {
  it.each([
    ['Lewisham Council', 'lew'],
    ['LONDON BOROUGH OF LEWISHAM', 'lew'],
    ['Lewisham London Borough Council', 'lew'],
    ['lewisham.gov.uk', 'lew'],
    ['https://lewisham.gov.uk/myservices/housing', 'lew'],
    ['Waltham Forest Council', 'wf'],
    ['London Borough of Waltham Forest', 'wf'],
    ['LB Waltham Forest', 'wf'],
    ['Waltham Forrest Council', 'wf'],
    ['www.walthamforest.gov.uk', 'wf'],
    ['Octavia Housing Association Ltd', 'oct'],
    ['Octavia', 'oct'],
    ['octavia housing & care', null],
    ['The Royal Borough of Kingston upon Thames', 'kin'],
    ['Kingston upon Thames Council', 'kin'],
    ['Kingston Council', 'kin'],
    ['RB Kingston upon Thames', 'kin'],
    ['whg', 'whg'],
    ['WHG', 'whg'],
    ['Walsall Housing Group', 'whg'],
    ['Walsall Housing Group Ltd.', 'whg'],
    ['Walsall Metropolitan Borough Council', 'wal'],
    ['Kingston upon Hull City Council', 'hull'],
  ])('%s -> %s', (name, expected) => {
    expect(match(name)?.landlordId ?? null).toBe(expected);
  });

  it('does not mistake an ALMO or housing company for the council of the same place', () => {
    expect(match('Lewisham Homes')).toBeNull();
    expect(scoreLandlordNames('Lewisham Homes Ltd', 'Lewisham Council')).toBeLessThan(0.8);
    expect(scoreLandlordNames('Walsall Council', 'Walsall Housing Group')).toBeLessThan(0.8);
  });

  it('returns null for names it does not know, and for a bare place two landlords share', () => {
    expect(match('Clarion Housing Group')).toBeNull();
    expect(match('Southwark Council')).toBeNull();
    expect(match('')).toBeNull();
    expect(match('Walsall')).toBeNull();
  });

  it('reports the score and the registry name that matched', () => {
    expect(match('London Borough of Lewisham')).toEqual({
      landlordId: 'lew',
      landlordName: 'Lewisham Council',
      score: 1,
      matchedOn: 'Lewisham Council',
    });
    const typo = match('Waltham Forrest Council');
    expect(typo?.score).toBeGreaterThanOrEqual(0.8);
    expect(typo?.score).toBeLessThan(1);
  });

  it('honours a stricter threshold', () => {
    expect(matchLandlordName('Waltham Forrest Council', REGISTRY, 0.95)).toBeNull();
    expect(matchLandlordName('Waltham Forest Council', REGISTRY, 0.95)?.landlordId).toBe('wf');
  });

  it('measures string similarity by edit distance', () => {
    expect(similarity('forest', 'forest')).toBe(1);
    expect(similarity('forrest', 'forest')).toBeCloseTo(6 / 7);
    expect(similarity('', '')).toBe(1);
  });
});
