/**
 * Public suffixes of the web and email domains landlords use, most specific first (`uk.com` before `com`,
 * `gov.uk` before `uk`), so the first that a host ends with leaves the organisation's own label in front of it:
 * `walthamforest` in `www.walthamforest.gov.uk`. Shared with the landlord registry's name matching.
 */
export const LANDLORD_DOMAIN_SUFFIXES: readonly string[] = [
  'gov.uk',
  'org.uk',
  'co.uk',
  'ac.uk',
  'nhs.uk',
  'ltd.uk',
  'plc.uk',
  'me.uk',
  'uk.com',
  'com',
  'org',
  'net',
  'uk',
  'london',
  'info',
  'co',
];

/** The suffix a host name ends with, or undefined when it has none of them. */
export function domainSuffixOf(host: string): string | undefined {
  return LANDLORD_DOMAIN_SUFFIXES.find((suffix) => host.endsWith(`.${suffix}`));
}
