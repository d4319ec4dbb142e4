import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // No entities: reads go through repositories with zod row schemas (src/rows); TypeORM is the pool,
    // transactions and the migration runner.
    entities: [],
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
    // JIT off: the analytics reads are short index-driven queries whose plans cross jit_above_cost, where
    // compiling (10-20 ms) costs more than it saves; measured with bench:api.
    extra: { max: 10, connectionTimeoutMillis: 5_000, options: '-c jit=off' },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
