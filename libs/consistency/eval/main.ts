/**
 * Scores the consistency flags against the hand-labelled answers in `labelled/` and prints precision and
 * recall per flag. `npm run -s eval:flags` (add `-- --verbose` to list every disagreement).
 * Exit code 1 when a flag misses its target (precision >= 0.9, recall >= 0.8).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSISTENCY_FLAGS, type ConsistencyFlag } from '@app/contracts';
import { evidenceKey, flagAnswer, FLAGS_VERSION, type AnswerText } from '../src';
import { z } from 'zod';

const answerSchema = z.object({
  id: z.string(),
  provision: z.string(),
  status: z.string(),
  statusRaw: z.string().nullable().optional(),
  evidence: z.string().nullable(),
  commentary: z.string().nullable(),
});
const documentSchema = z.object({
  document: z.string(),
  source: z.string(),
  landlord: z.string(),
  codeVersion: z.enum(['2022', '2024']),
  assessmentYear: z.number(),
  answers: z.array(answerSchema),
  previousYear: z.array(answerSchema.omit({ id: true })).optional(),
});
const labelsSchema = z.record(
  z.string(),
  z.object({ flags: z.record(z.string(), z.string()), note: z.string().optional() }),
);

const PRECISION_TARGET = 0.9;
const RECALL_TARGET = 0.8;

function load(): { documents: z.output<typeof documentSchema>[]; labels: z.output<typeof labelsSchema> } {
  const dir = join(__dirname, 'labelled');
  const documents = z
    .object({ documents: z.array(documentSchema) })
    .parse(JSON.parse(readFileSync(join(dir, 'answers.json'), 'utf8'))).documents;
  const labels = labelsSchema.parse(JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')));
  return { documents, labels };
}

function main(): number {
  const verbose = process.argv.includes('--verbose');
  const { documents, labels } = load();
  const score = new Map<ConsistencyFlag, { tp: number; fp: number; fn: number }>(
    CONSISTENCY_FLAGS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }]),
  );
  const disagreements: string[] = [];
  let answers = 0;
  for (const doc of documents) {
    const others = new Set(
      documents
        .filter((d) => d.landlord !== doc.landlord)
        .flatMap((d) => d.answers.map((a) => evidenceKey(a.evidence))),
    );
    const previous = new Map((doc.previousYear ?? []).map((a) => [a.provision, a as AnswerText]));
    for (const answer of doc.answers) {
      const label = labels[answer.id];
      if (!label) throw new Error(`answer ${answer.id} has no label`);
      answers += 1;
      const raised = flagAnswer(answer, {
        codeVersion: doc.codeVersion,
        documentAnswers: doc.answers,
        previousYear: previous.get(answer.provision) ?? null,
        sharedWithOtherLandlords: (key) => others.has(key),
      });
      for (const flag of CONSISTENCY_FLAGS) {
        const expected = flag in label.flags;
        const got = raised.find((r) => r.flag === flag);
        const s = score.get(flag)!;
        if (expected && got) s.tp += 1;
        else if (got) {
          s.fp += 1;
          disagreements.push(
            `FP ${flag} ${answer.id} ${doc.document} ${answer.provision}: ${got.reason}${label.note ? ` | label note: ${label.note}` : ''}`,
          );
        } else if (expected) {
          s.fn += 1;
          disagreements.push(
            `FN ${flag} ${answer.id} ${doc.document} ${answer.provision}: label: ${label.flags[flag]}`,
          );
        }
      }
    }
  }
  const pct = (x: number | null) => (x === null ? '   -  ' : x.toFixed(3).padStart(6));
  console.log(
    `consistency flags ${FLAGS_VERSION}: ${answers} labelled answers in ${documents.length} documents`,
  );
  console.log(
    `${'flag'.padEnd(27)} ${'labelled'.padStart(8)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} precision recall`,
  );
  let met = true;
  for (const [flag, s] of score) {
    const precision = s.tp + s.fp === 0 ? null : s.tp / (s.tp + s.fp);
    const recall = s.tp + s.fn === 0 ? null : s.tp / (s.tp + s.fn);
    const ok = (precision ?? 0) >= PRECISION_TARGET && (recall ?? 0) >= RECALL_TARGET;
    if (!ok) met = false;
    console.log(
      `${flag.padEnd(27)} ${String(s.tp + s.fn).padStart(8)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${pct(precision)}    ${pct(recall)}${ok ? '' : '  below target'}`,
    );
  }
  console.log(
    met
      ? `every flag meets precision >= ${PRECISION_TARGET} and recall >= ${RECALL_TARGET}`
      : 'some flags miss their targets',
  );
  if (verbose || !met) for (const line of disagreements) console.log(line);
  return met ? 0 : 1;
}

process.exitCode = main();
