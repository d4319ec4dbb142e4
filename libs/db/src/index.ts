export * from './data-source';
export * from './database.module';
export * from './ensure-database';
export * from './entities';
export * from './migrate';
export * from './reference-data';
export * from './repositories';
