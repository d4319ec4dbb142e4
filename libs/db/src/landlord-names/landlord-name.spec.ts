import { describe, expect, it } from 'vitest';
import { landlordNameKeys, normaliseLandlordName } from './landlord-name';

describe('normaliseLandlordName', () => {
  it.each([
    ['London Borough of Lewisham', 'lewisham council'],
    ['Lewisham London Borough Council', 'lewisham council'],
    ['LB Lewisham', 'lewisham council'],
    ['Lewisham Council', 'lewisham council'],
    ['The Royal Borough of Kingston upon Thames', 'kingston upon thames council'],
    ['Walsall Metropolitan Borough Council', 'walsall council'],
    ['City of Bradford Metropolitan District Council', 'bradford council'],
    ['Octavia Housing Association Ltd', 'octavia housing'],
    ['OCTAVIA HOUSING', 'octavia housing'],
    ['Peabody & Thames Valley', 'peabody and thames valley'],
    ["St. George's Housing Trust Limited", 'st georges housing trust'],
    ['Hôme Group', 'home group'],
    ['  Waltham   Forest Council ', 'waltham forest council'],
  ])('%s -> %s', (raw, expected) => {
    expect(normaliseLandlordName(raw)).toBe(expected);
  });

  it('reads web and email addresses as the organisation they name', () => {
    expect(landlordNameKeys('lewisham.gov.uk')[0]).toMatchObject({ normalised: 'lewisham', kind: 'council' });
    expect(landlordNameKeys('https://www.walthamforest.gov.uk/housing')[0]).toMatchObject({
      normalised: 'walthamforest',
    });
    expect(landlordNameKeys('complaints@octaviahousing.org.uk')[0]).toMatchObject({
      normalised: 'octaviahousing',
      kind: 'unknown',
    });
  });

  it('keeps the parenthetical and each segment as further forms', () => {
    expect(
      landlordNameKeys('Kingston Council (Royal Borough of Kingston upon Thames)').map((k) => k.normalised),
    ).toEqual(['kingston council', 'kingston upon thames council']);
    expect(landlordNameKeys('whg (Walsall Housing Group)').map((k) => k.normalised)).toEqual([
      'whg',
      'walsall housing group',
    ]);
    expect(
      landlordNameKeys('Complaint handling self-assessment - Waltham Forest Council').map(
        (k) => k.normalised,
      ),
    ).toContain('waltham forest council');
  });

  it('tells councils from housing organisations and drops generic words from the core', () => {
    const [council] = landlordNameKeys('Walsall Council');
    const [group] = landlordNameKeys('Walsall Housing Group');
    expect(council).toMatchObject({ kind: 'council', core: ['walsall'] });
    expect(group).toMatchObject({ kind: 'organisation', core: ['walsall'], acronym: 'whg' });
  });

  it('gives an empty form for names with nothing in them', () => {
    expect(normaliseLandlordName(' -- ')).toBe('');
    expect(landlordNameKeys('')).toEqual([]);
  });
});
