import { isParseError, parseSubmission } from '@app/parser';
import type { ChildMessage, ParseRequestMessage } from './parse-messages';

/**
 * Entry point of a parse process (forked by ParsePool): reads one document at a time and answers over IPC.
 * It runs under a V8 heap ceiling and is killed by its parent when it overruns memory or time, so nothing
 * here needs to defend against a hostile document beyond reporting what the parser says.
 */
function send(message: ChildMessage): void {
  process.send?.(message);
}

async function handle(request: ParseRequestMessage): Promise<void> {
  try {
    const result = await parseSubmission(request.bytes, request.options);
    send({ kind: 'parsed', result });
  } catch (error) {
    if (isParseError(error)) {
      send({ kind: 'rejected', code: error.code, message: error.message, details: error.details });
    } else {
      send({ kind: 'crashed', message: error instanceof Error ? error.message : String(error) });
    }
  }
}

if (!process.send) {
  process.stderr.write('parse-child: must be started by the worker with an IPC channel\n');
  process.exit(1);
}
process.on('message', (message: ParseRequestMessage) => {
  if (message.kind === 'parse') void handle(message);
});
// Ctrl+C in a terminal signals the whole process group: the worker decides when parse processes end.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => undefined);
// The parent going away (worker killed) must not leave an orphan parsing on.
process.on('disconnect', () => process.exit(0));
send({ kind: 'ready' });
