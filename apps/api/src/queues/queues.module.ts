import { QueueName, createRedisConnection } from '@app/queue';
import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../config/api-config';

/** Producers for every queue. The API never processes jobs; the worker does. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [API_CONFIG],
      useFactory: (config: ApiConfig) => ({
        connection: createRedisConnection(config.REDIS_URL, 'producer'),
        prefix: config.QUEUE_PREFIX,
      }),
    }),
    BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
  ],
  exports: [BullModule],
})
export class QueuesModule {}
