import { DatabaseModule } from '@app/db';
import { type DynamicModule, Module } from '@nestjs/common';
import { QueueBoardModule } from './admin/queue-board.module';
import { AnalyticsModule } from './analytics/analytics.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ChecksModule } from './checks/checks.module';
import { CodesModule } from './codes/codes.module';
import type { ApiConfig } from './config/api-config';
import { ApiConfigModule } from './config/config.module';
import { ExportsModule } from './exports/exports.module';
import { HealthModule } from './health/health.module';
import { LandlordsModule } from './landlords/landlords.module';
import { OutboxModule } from './outbox/outbox.module';
import { QueuesModule } from './queues/queues.module';
import { SearchModule } from './search/search.module';
import { SubmissionsModule } from './submissions/submissions.module';
import { UsersModule } from './users/users.module';

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
        AuditModule,
        AuthModule,
        UsersModule,
        LandlordsModule,
        OutboxModule,
        SubmissionsModule,
        SearchModule,
        ChecksModule,
        QueueBoardModule,
        AnalyticsModule,
        ExportsModule,
      ],
    };
  }
}
