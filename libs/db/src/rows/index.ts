export * from './answer.row';
export * from './reparse-diff.row';
export * from './submission.row';
