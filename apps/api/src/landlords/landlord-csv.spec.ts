import { describe, expect, it } from 'vitest';
import { parseLandlordCsv } from './landlord-csv';

describe('parseLandlordCsv', () => {
  it('reads every column, in any order and spelling, with ; or | between aliases', () => {
    const csv = [
      'Type,Name,Registration Code,Region,Homes owned,Aliases',
      'Local authority,Lewisham Council,e09000023,London,"14,500",London Borough of Lewisham; lewisham.gov.uk',
      'housing_association,Octavia Housing,,London,,Octavia|octaviahousing.org.uk',
      'ALMO,Example Homes,,,,',
    ].join('\r\n');
    const { fileErrors, rows } = parseLandlordCsv(`\ufeff${csv}`);
    expect(fileErrors).toEqual([]);
    expect(rows.map((r) => r.messages)).toEqual([[], [], []]);
    expect(rows[0]).toMatchObject({
      line: 2,
      input: {
        name: 'Lewisham Council',
        type: 'local_authority',
        registrationCode: 'E09000023',
        region: 'London',
        homesOwned: 14500,
        aliases: ['London Borough of Lewisham', 'lewisham.gov.uk'],
      },
    });
    expect(rows[1]?.input).toMatchObject({
      type: 'housing_association',
      registrationCode: null,
      homesOwned: null,
      aliases: ['Octavia', 'octaviahousing.org.uk'],
    });
    expect(rows[2]?.input?.type).toBe('almo');
  });

  it('reports each bad line with what is wrong', () => {
    const csv = [
      'name,type,homes owned,registration code',
      ',local authority,,',
      'Somewhere Homes,spaceship,lots,',
      'Good Homes,housing association,10,L0001',
      'GOOD HOMES LTD,housing association,,',
      'Other Homes,other,,L0001',
    ].join('\n');
    const { rows } = parseLandlordCsv(csv);
    expect(rows.map((r) => [r.line, r.input !== null])).toEqual([
      [2, false],
      [3, false],
      [4, true],
      [5, false],
      [6, false],
    ]);
    expect(rows[0]?.messages).toEqual(['Name is missing.']);
    expect(rows[1]?.messages.join(' ')).toMatch(
      /Type "spaceship" is not one of.*Homes owned "lots" is not a whole number/,
    );
    expect(rows[3]?.messages).toEqual(['"GOOD HOMES LTD" repeats a name or alias on line 4.']);
    expect(rows[4]?.messages).toEqual(['Registration code L0001 repeats line 4.']);
  });

  it('names problems with the file as a whole', () => {
    expect(parseLandlordCsv('').fileErrors).toEqual([
      'The file is empty: it needs a header row and one line per landlord.',
    ]);
    expect(parseLandlordCsv('name,colour\nX,red').fileErrors).toEqual([
      'Column "colour" is not one of: name, type, registration code, region, homes owned, aliases.',
      'The header row has no "type" column.',
    ]);
    expect(parseLandlordCsv('name,type').fileErrors).toEqual(['The file has a header row but no landlords.']);
    expect(parseLandlordCsv('name,type\n"unclosed,other').fileErrors[0]).toMatch(/not valid CSV/);
  });

  it('refuses lines with more values than the header has columns', () => {
    const { rows } = parseLandlordCsv('name,type\nA Homes,other,surprise');
    expect(rows[0]?.messages).toEqual(['The line has 3 values but the header names 2 columns.']);
  });
});
