// Turns the apps' JSON log lines into short readable lines for a terminal: `npm start` uses it when its
// output is a TTY outside production. Anything that is not a JSON log line passes through unchanged.
const LEVELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
const COLOURS = { 10: 90, 20: 90, 30: 32, 40: 33, 50: 31, 60: 31 };
const SKIPPED = new Set(['level', 'time', 'msg', 'service', 'pid', 'hostname', 'context', 'req', 'res', 'responseTime', 'reqId']);

const colour = (code, text) => `\x1b[${code}m${text}\x1b[0m`;

/** One JSON log line as `12:00:01 api    INFO  message key=value`, or null if it is not one. */
export function formatLogLine(line, service) {
  if (!line.startsWith('{')) return null;
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof entry.level !== 'number') return null;
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : new Date().toISOString().slice(11, 19);
  const who = (entry.service ?? service).padEnd(6);
  let message = entry.msg ?? '';
  if (entry.req && entry.res) {
    // Access log: "GET /api/health 200 3 ms".
    message = `${entry.req.method} ${entry.req.url} ${entry.res.statusCode} ${entry.responseTime ?? '?'} ms`;
  }
  const extras = Object.entries(entry)
    .filter(([key, value]) => !SKIPPED.has(key) && value !== undefined && value !== null)
    .map(([key, value]) => `${key}=${typeof value === 'object' ? JSON.stringify(value) : value}`);
  const context = entry.context ? colour(90, `[${entry.context}] `) : '';
  return `${colour(90, time)} ${who} ${colour(COLOURS[entry.level] ?? 0, LEVELS[entry.level] ?? entry.level)} ${context}${message}${extras.length ? colour(90, `  ${extras.join(' ')}`) : ''}`;
}

/** True when successful requests should be left out of a readable log: they drown the rest on a first start. */
export function isQuietRequest(line) {
  if (!line.startsWith('{') || !line.includes('"responseTime"')) return false;
  try {
    const entry = JSON.parse(line);
    return entry.res?.statusCode < 400;
  } catch {
    return false;
  }
}
