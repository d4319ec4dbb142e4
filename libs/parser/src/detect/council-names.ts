/**
 * English local authorities whose names are more than one word, so a web or email domain such as
 * `walthamforest.gov.uk` can be spelled back as "Waltham Forest". One-word names need no list.
 */
export const MULTI_WORD_COUNCILS: readonly string[] = [
  'Amber Valley', 'Barking and Dagenham', 'Basingstoke and Deane', 'Bath and North East Somerset', 'Blackburn with Darwen',
  'Bournemouth Christchurch and Poole', 'Bracknell Forest', 'Brighton and Hove', 'Cannock Chase', 'Castle Point',
  'Central Bedfordshire', 'Cheshire East', 'Cheshire West and Chester', 'City of London', 'City of Westminster',
  'City of Wolverhampton', 'City of York', 'County Durham', 'Derbyshire Dales', 'East Cambridgeshire', 'East Devon',
  'East Hampshire', 'East Hertfordshire', 'East Lindsey', 'East Riding of Yorkshire', 'East Staffordshire', 'East Suffolk',
  'Epping Forest', 'Epsom and Ewell', 'Folkestone and Hythe', 'Forest of Dean', 'Great Yarmouth', 'Hammersmith and Fulham',
  'High Peak', 'Hinckley and Bosworth', 'Isle of Wight', 'Isles of Scilly', 'Kensington and Chelsea', 'Kings Lynn and West Norfolk',
  'Kingston upon Hull', 'Kingston upon Thames', 'Malvern Hills', 'Mid Devon', 'Mid Suffolk', 'Mid Sussex', 'Milton Keynes',
  'Mole Valley', 'New Forest', 'Newark and Sherwood', 'Newcastle under Lyme', 'Newcastle upon Tyne', 'North Devon',
  'North East Derbyshire', 'North East Lincolnshire', 'North Hertfordshire', 'North Kesteven', 'North Lincolnshire',
  'North Norfolk', 'North Northamptonshire', 'North Somerset', 'North Tyneside', 'North Warwickshire',
  'North West Leicestershire', 'North Yorkshire', 'Nuneaton and Bedworth', 'Oadby and Wigston', 'Redcar and Cleveland',
  'Reigate and Banstead', 'Ribble Valley', 'Richmond upon Thames', 'South Cambridgeshire', 'South Derbyshire',
  'South Gloucestershire', 'South Hams', 'South Holland', 'South Kesteven', 'South Lakeland', 'South Norfolk',
  'South Oxfordshire', 'South Ribble', 'South Staffordshire', 'South Tyneside', 'Southend on Sea', 'St Albans', 'St Helens',
  'Staffordshire Moorlands', 'Stockton on Tees', 'Stoke on Trent', 'Stratford on Avon', 'Surrey Heath', 'Telford and Wrekin',
  'Test Valley', 'Tonbridge and Malling', 'Tower Hamlets', 'Tunbridge Wells', 'Vale of White Horse', 'Waltham Forest',
  'Welwyn Hatfield', 'West Berkshire', 'West Devon', 'West Lancashire', 'West Lindsey', 'West Northamptonshire',
  'West Oxfordshire', 'West Suffolk', 'Westmorland and Furness', 'Windsor and Maidenhead', 'Wyre Forest',
];

/** The name whose letters, run together, spell the domain label ("walthamforest" → "Waltham Forest"). */
export function councilForLabel(label: string): string | null {
  const wanted = label.toLowerCase().replace(/[^a-z]/g, '');
  return MULTI_WORD_COUNCILS.find((name) => name.toLowerCase().replace(/[^a-z]/g, '') === wanted) ?? null;
}
