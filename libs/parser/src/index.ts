export { parseSubmission, DEFAULT_LIMITS, type ParseLimits, type ParseOptions } from './parse-submission';
export { PARSER_VERSION } from './parser-version';
export { detectFormat } from './detect-format';
export { ParseError, isParseError, type ParseErrorCode } from './errors';
export type * from './model/extracted-document';
export * from './model/parsed-submission';
export type { CodeKnowledge, RequirementScore } from './normalise/code-knowledge';
export { normaliseStatus } from './vocabulary/answers';
export { LANDLORD_DOMAIN_SUFFIXES, domainSuffixOf } from './detect/domain-suffixes';
