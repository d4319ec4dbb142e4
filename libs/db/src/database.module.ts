import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source';
import { REPOSITORIES } from './repositories';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: { url: string }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(options.url),
          // Keep retrying at boot briefly, then fail with the driver's message.
          retryAttempts: 3,
          retryDelay: 1_000,
        }),
      ],
      providers: REPOSITORIES,
      exports: REPOSITORIES,
    };
  }
}
