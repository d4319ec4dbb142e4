import { Global, Module } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay.service';

/** The outbox relay: parse requests written in upload transactions, moved to BullMQ (queues from QueuesModule). */
@Global()
@Module({ providers: [OutboxRelay], exports: [OutboxRelay] })
export class OutboxModule {}
