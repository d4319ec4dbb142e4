import { Client } from 'pg';
import { tidyAnswersSql as newSql } from '/work/wt/flags/libs/db/src/repositories/exports/tidy-answers.sql.ts';
const client = new Client({ connectionString: process.argv[2] });
await client.connect();
await client.query('SET jit = off');
const q = newSql({});
const res = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
console.log(res.rows.map((r) => r['QUERY PLAN']).join('\n'));
await client.end();
