export { FLAGS_VERSION, type AnswerText, type FlagContext, type RaisedFlag } from './types';
export { flagAnswer, flagDocument } from './flag-answer';
export { evidenceKey } from './text';
export { isPlaceholderEvidence } from './rules/evidence';
