import { DatabaseModule } from '@app/db';
import { type DynamicModule, Module } from '@nestjs/common';
import { CodesModule } from './codes/codes.module';
import type { ApiConfig } from './config/api-config';
import { ApiConfigModule } from './config/config.module';
import { HealthModule } from './health/health.module';
import { QueuesModule } from './queues/queues.module';

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ApiConfigModule.forRoot(config),
        DatabaseModule.forRoot({ url: config.DATABASE_URL }),
        QueuesModule,
        HealthModule,
        CodesModule,
      ],
    };
  }
}
