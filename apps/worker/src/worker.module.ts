import { DatabaseModule } from '@app/db';
import { createRedisConnection } from '@app/queue';
import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { WORKER_CONFIG, type WorkerConfig } from './config/worker-config';
import { ConsistencyFlagsRefresh } from './consistency/consistency-flags-refresh';
import { SubmissionParseService } from './ingestion/submission-parse.service';
import { DOCUMENT_PARSER, IsolatedParser } from './parse-isolation/isolated-parser';
import { PROCESSORS, PROCESSED_QUEUES } from './processors';
import { GracefulShutdown } from './processors/graceful-shutdown';
import { StuckSubmissionSweeper } from './sweeper/stuck-submission.sweeper';

@Global()
@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        DatabaseModule.forRoot({ url: config.DATABASE_URL }),
        BullModule.forRoot({
          connection: createRedisConnection(config.REDIS_URL, 'worker'),
          prefix: config.QUEUE_PREFIX,
        }),
        BullModule.registerQueue(...PROCESSED_QUEUES.map((name) => ({ name }))),
      ],
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        SubmissionParseService,
        { provide: DOCUMENT_PARSER, useClass: IsolatedParser },
        ...PROCESSORS,
        GracefulShutdown,
        StuckSubmissionSweeper,
        ConsistencyFlagsRefresh,
      ],
      exports: [WORKER_CONFIG],
    };
  }
}
