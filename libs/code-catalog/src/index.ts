export * from './types';
export { CATALOG_VERSION, getProvision, listProvisions, listSections } from './catalog';
export {
  canonicalFor,
  crosswalk,
  provisionsDroppedFrom2022,
  provisionsNewIn2024,
  sourcesFor,
  trendCarryFor,
} from './crosswalk';
export { CROSSWALK_CHANGES } from './data/crosswalk-changes';
export { matchRequirement } from './match-requirement';
export { normaliseRequirementText } from './text-normalise';
export { detectVersion, versionSignals } from './version-signals';
