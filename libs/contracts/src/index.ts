export * from './audit';
export * from './auth';
export * from './codes';
export * from './enums';
export * from './errors';
export * from './health';
export * from './landlords';
export * from './submissions';
