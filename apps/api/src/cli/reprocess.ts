import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { EnvError } from '@app/config';
import { createDataSource, OutboxRepository, SubmissionsRepository } from '@app/db';
import { PARSER_VERSION } from '@app/parser';
import { QueueName, createRedisConnection } from '@app/queue';
import { Queue } from 'bullmq';
import { loadApiConfig } from '../config/api-config';
import { OutboxDispatcher } from '../outbox/outbox-dispatcher';
import { parseRequest } from '../submissions/parse-request';

const USAGE = `Re-parse stored originals (e.g. after a parser upgrade). Corrections are re-applied; a confirmed
submission whose answers would change gets a diff to accept or reject instead.

  npm run reprocess -- --all              every submission
  npm run reprocess -- --outdated         those parsed by a parser other than ${PARSER_VERSION}
  npm run reprocess -- --id <uuid> [...]  the named submissions

Needs a build (npm run build) and DATABASE_URL/REDIS_URL/QUEUE_PREFIX like the API.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      all: { type: 'boolean', default: false },
      outdated: { type: 'boolean', default: false },
      id: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const chosen = [values.all, values.outdated, (values.id?.length ?? 0) > 0].filter(Boolean).length;
  if (values.help || chosen !== 1) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const config = loadApiConfig();
  const dataSource = createDataSource(config.DATABASE_URL);
  await dataSource.initialize();
  const submissions = new SubmissionsRepository(dataSource);
  const outbox = new OutboxRepository(dataSource);
  const queue = new Queue(QueueName.SubmissionParse, {
    connection: createRedisConnection(config.REDIS_URL, 'producer'),
    prefix: config.QUEUE_PREFIX,
  });
  try {
    const ids = values.id?.length
      ? values.id
      : await submissions.idsForReprocess(values.outdated ? { outdatedComparedTo: PARSER_VERSION } : {});
    let requested = 0;
    for (const id of ids) {
      const result = await submissions.requestReparse(id, parseRequest('reprocess'));
      if (!result) process.stderr.write(`  ${id}: no such submission\n`);
      else requested += 1;
    }
    process.stdout.write(`Requested a re-parse of ${requested} submission(s) with parser ${PARSER_VERSION}.\n`);
    // The API's relay would queue them too; queue them now so this works without the API running.
    const sent = await new OutboxDispatcher(outbox, new Map([[queue.name, queue]])).drain();
    if (sent.failed > 0) {
      process.stdout.write(`Redis is not reachable (${sent.lastError}); the requests wait in the outbox and the API queues them when it is.\n`);
    } else {
      process.stdout.write(`Queued ${sent.dispatched} job(s); workers will pick them up.\n`);
    }
    return 0;
  } finally {
    await queue.close().catch(() => undefined);
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`reprocess: ${error instanceof EnvError ? error.message : error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
