import { describe, expect, it } from 'vitest';
import { domainSuffixOf } from './domain-suffixes';
import { detectLandlord } from './landlord';

describe('detectLandlord', () => {
  it('takes a labelled name, in the intro or in a details table', () => {
    expect(detectLandlord(['Landlord: Riverside Vale Homes'], '', '')).toBe('Riverside Vale Homes');
    expect(detectLandlord([], 'Self-assessment\nLandlord name\tBrookfield Homes\nDate\t30 May 2024', '')).toBe('Brookfield Homes');
  });

  it('takes an organisation named in the title, but not the Ombudsman', () => {
    expect(detectLandlord(['Calder Valley Homes', 'Complaint Handling Code self-assessment'], '', '')).toBe('Calder Valley Homes');
    expect(detectLandlord(['Housing Ombudsman Complaint Handling Code', 'Annual Housing Ombudsman Service Self Assessment 2024'], '', '')).toBeNull();
  });

  it('spells a council from its email or web domain', () => {
    expect(detectLandlord([], 'Email complaints@lewisham.gov.uk for help.', '')).toBe('Lewisham Council');
    expect(detectLandlord([], 'See https://www.walthamforest.gov.uk/complaints and Wfdirect@walthamforest.gov.uk', '')).toBe('Waltham Forest Council');
    expect(detectLandlord([], 'Kingston Council follow a two stage process. Email crm.complaints@kingston.gov.uk', '')).toBe('Kingston Council');
  });

  it('spells another landlord from its domain with the words the document capitalises', () => {
    expect(detectLandlord([], 'Octavia is committed to it. Policy at www.octaviahousing.org.uk', '')).toBe('Octavia Housing');
    expect(detectLandlord([], 'Policy at www.zzqxhousing.org.uk', '')).toBeNull();
  });

  it('ignores the regulator and advice sites', () => {
    expect(detectLandlord([], 'Contact www.housing-ombudsman.org.uk or www.gov.uk/complain', '')).toBeNull();
  });

  it('takes a council it names repeatedly, but a housing association only when it recurs', () => {
    expect(detectLandlord([], 'Lewisham Council - Complaints. The Lewisham Council website.', '')).toBe('Lewisham Council');
    expect(detectLandlord([], 'Working with Estate and Housing colleagues.', '')).toBeNull();
  });

  it('finds the short name a landlord uses for itself in its own answers', () => {
    const own = 'whg have a Legal Services team. whg operate a two stage process. Training will be rolled out across whg. whg introduced a framework.';
    expect(detectLandlord([], own, own)).toBe('whg');
    expect(detectLandlord([], 'We have a policy. We will review it. Staff have training.', 'We have a policy. We will review it.')).toBeNull();
  });
});

describe('detectLandlord from titles without an organisation word', () => {
  it.each([
    ['Peabody – Complaint Handling Code self-assessment 2024', 'Peabody'],
    ['L&Q: Complaint Handling Code Self-Assessment', 'L&Q'],
    ['Complaint Handling Code self-assessment for Riverside Vale', 'Riverside Vale'],
  ])('%s', (title, name) => {
    expect(detectLandlord([title], '', '')).toBe(name);
  });

  it.each(['Appendix A: Self-assessment form', 'Section 8: Self-assessment, reporting and compliance', 'Housing Ombudsman - self-assessment'])(
    'not from %s',
    (title) => {
      expect(detectLandlord([title], '', '')).toBeNull();
    },
  );
});

describe('detectLandlord: names stated elsewhere, and names it must not invent', () => {
  it('takes the holder of a copyright line, but not the Ombudsman or the Crown', () => {
    expect(detectLandlord([], 'Table text\n© 2025 Larchfield Homes Ltd Page 1 of 8', '')).toBe('Larchfield Homes Ltd');
    expect(detectLandlord([], '© 2024 Greyfriars Community Housing. All rights reserved.', '')).toBe('Greyfriars Community Housing');
    expect(detectLandlord([], 'Copyright © Housing Ombudsman Service 2024', '')).toBeNull();
    expect(detectLandlord([], '© Crown copyright 2024', '')).toBeNull();
  });

  it('takes an organisation named in the title line or a logo, among dashes and dates', () => {
    const title = 'Self-assessment against the Housing Ombudsman Complaint Handling Code – Kestrel Vale Housing Group – April 2025';
    expect(detectLandlord([title], '', '')).toBe('Kestrel Vale Housing Group');
    expect(detectLandlord(['Ashdown Homes logo', 'Complaint Handling Code self-assessment'], '', '')).toBe('Ashdown Homes');
  });

  it('never takes a post for the landlord', () => {
    const text = 'A recovery plan is monitored by the Director of Housing. The Head of Housing reports to the Director of Housing.';
    expect(detectLandlord([], text, '')).toBeNull();
  });

  it('says nothing rather than spell a council from an acronym domain', () => {
    expect(detectLandlord([], 'Questions about this assessment: complaints@lbhf.gov.uk', '')).toBeNull();
    expect(detectLandlord([], 'Email complaints@lewisham.gov.uk', '')).toBe('Lewisham Council');
  });
});

describe('landlord domain suffixes', () => {
  it('leaves the organisation label in front of the most specific suffix', () => {
    expect(domainSuffixOf('www.walthamforest.gov.uk')).toBe('gov.uk');
    expect(domainSuffixOf('homes.uk.com')).toBe('uk.com');
    expect(domainSuffixOf('octaviahousing.org.uk')).toBe('org.uk');
    expect(domainSuffixOf('localhost')).toBeUndefined();
  });
});
