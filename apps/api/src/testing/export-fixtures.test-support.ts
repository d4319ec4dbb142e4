import { randomUUID } from 'node:crypto';
import { canonicalFor, listProvisions } from '@app/code-catalog';
import type { AnswerStatus, LandlordType } from '@app/contracts';
import { ANSWER_TEXT_HASH_SQL, rebuildCountingStatements } from '@app/db';
import type { DataSource } from 'typeorm';

/** Text that trips naive writers: separators, quotes, line breaks, formula starts, non-ASCII. */
export const AWKWARD_TEXTS = [
  'Policy published, reviewed "annually"',
  'Line one\nline two\r\nline three',
  '=HYPERLINK("http://example.org")',
  '-see the complaints policy',
  'Café résumé – “smart quotes” £5',
  'plain',
];

const STATUS_CYCLE: AnswerStatus[] = ['yes', 'yes', 'partial', 'no', 'yes', 'na', 'unknown', 'missing'];

export interface FixtureLandlord {
  id: string;
  name: string;
  type: LandlordType;
  region: string;
  homesOwned: number | null;
  /** Year → Code version of its counting submission. */
  years: Record<number, '2022' | '2024'>;
}

async function insertSubmission(
  db: DataSource,
  landlordId: string,
  year: number,
  version: '2022' | '2024',
  status: 'parsed' | 'accepted',
  seed: number,
): Promise<string> {
  const sha = randomUUID().replace(/-/g, '').padEnd(64, '0');
  const [file] = (await db.query(
    `INSERT INTO stored_files (sha256, media_type, format, size_bytes, original_name, bytes)
     VALUES ($1, 'text/plain', 'text', 5, 'assessment.txt', $2) RETURNING id`,
    [sha, Buffer.from('hello')],
  )) as { id: string }[];
  const [submission] = (await db.query(
    `INSERT INTO submissions (landlord_id, assessment_year, code_version, status, file_id, sha256, parser_version)
     VALUES ($1, $2, $3, $4, $5, $6, 'test-1.0') RETURNING id`,
    [landlordId, year, version, status, file!.id, sha],
  )) as { id: string }[];
  const provisions = listProvisions(version);
  const rows = provisions.map((provision, position) => {
    const status = STATUS_CYCLE[(seed + position) % STATUS_CYCLE.length]!;
    return {
      position,
      provision: provision.number,
      canonical_links: canonicalFor(version, provision.number),
      status,
      status_raw: status === 'partial' ? 'Partly' : status.toUpperCase(),
      evidence: AWKWARD_TEXTS[(seed + position) % AWKWARD_TEXTS.length]!,
      commentary: position % 3 === 0 ? null : `Commentary ${seed}-${position}, with a comma`,
    };
  });
  await db.query(
    `INSERT INTO answers (submission_id, position, provision, parsed_provision, canonical_provisions, canonical_links, status,
                          parsed_status, status_raw, evidence, commentary, confidence)
     SELECT $1, r.position, r.provision, r.provision,
            ARRAY(SELECT l->>'provision' FROM jsonb_array_elements(r.canonical_links) l), r.canonical_links,
            r.status, r.status, r.status_raw, r.evidence, r.commentary, 0.9
       FROM jsonb_to_recordset($2::jsonb) AS r(position int, provision text, canonical_links jsonb, status text,
                                               status_raw text, evidence text, commentary text)`,
    [submission!.id, JSON.stringify(rows)],
  );
  return submission!.id;
}

/**
 * A small sector: landlords of several types, regions and sizes over 2022 (2022 Code) to 2025,
 * some years missing, one superseded upload and one corrected answer; the analytics read model rebuilt.
 */
export async function createExportSector(db: DataSource, landlords = 12): Promise<FixtureLandlord[]> {
  const types: LandlordType[] = ['housing_association', 'local_authority', 'almo', 'housing_association'];
  const regions = ['London', 'North West', 'South East'];
  const sizes = [500, 5_000, 20_000, 60_000, null];
  const tag = randomUUID().slice(0, 6);
  const made: FixtureLandlord[] = [];
  for (let i = 0; i < landlords; i += 1) {
    const name = `Export ${tag} Homes ${String(i).padStart(2, '0')}${i % 5 === 0 ? ', Ltd "Group"' : ''}`;
    const [landlord] = (await db.query(
      `INSERT INTO landlords (name, match_name, type, region, homes_owned, registration_code)
       VALUES ($1, lower($1), $2, $3, $4, $5) RETURNING id`,
      [name, types[i % types.length], regions[i % regions.length], sizes[i % sizes.length], `R${tag}${i}`],
    )) as { id: string }[];
    const years: Record<number, '2022' | '2024'> = {};
    for (const year of [2022, 2023, 2024, 2025]) {
      if ((i + year) % 7 === 0) continue;
      const version = year === 2022 ? '2022' : '2024';
      if (year === 2024 && i % 4 === 1) {
        const older = await insertSubmission(db, landlord!.id, year, version, 'parsed', i + 99);
        const newer = await insertSubmission(db, landlord!.id, year, version, 'accepted', i + year);
        await db.query('UPDATE submissions SET superseded_by_id = $2 WHERE id = $1', [older, newer]);
      } else {
        await insertSubmission(
          db,
          landlord!.id,
          year,
          version,
          i % 2 === 0 ? 'accepted' : 'parsed',
          i + year,
        );
      }
      years[year] = version;
    }
    made.push({
      id: landlord!.id,
      name,
      type: types[i % types.length]!,
      region: regions[i % regions.length]!,
      homesOwned: sizes[i % sizes.length]!,
      years,
    });
  }
  await db.query(
    `UPDATE answers SET status = 'yes', corrected_at = now()
      WHERE id = (SELECT a.id FROM answers a JOIN submissions s ON s.id = a.submission_id
                   WHERE s.landlord_id = $1 AND a.status = 'no' ORDER BY a.position LIMIT 1)`,
    [made[0]!.id],
  );
  await db.transaction(async (manager) => {
    for (const statement of rebuildCountingStatements(() => 'TRUE')) await manager.query(statement);
  });
  await addFlags(db, made);
  return made;
}

/** The flag only some landlords carry (every third), so filtering by it selects a subset. */
export const FIXTURE_RARE_FLAG = 'timescale_conflict';

/**
 * Consistency flags on the fixture answers: `no_evidence` on every fifth position answered yes (all landlords),
 * `timescale_conflict` on every seventh position of every third landlord; that flag is then dismissed on the
 * first such landlord's 2024 answers, so a dismissed flag is present in the data and must not count.
 */
async function addFlags(db: DataSource, landlords: FixtureLandlord[]): Promise<void> {
  const rare = landlords.filter((_, index) => index % 3 === 0).map((l) => l.id);
  await db.query(
    `INSERT INTO answer_flags (answer_id, submission_id, parsed_provision, position, text_hash, flag, reason, flags_version)
     SELECT a.id, a.submission_id, a.parsed_provision, a.position, ${ANSWER_TEXT_HASH_SQL}, f.flag,
            'Fixture ' || f.flag || ' on ' || a.provision, 'fixture'
       FROM answers a JOIN submissions s ON s.id = a.submission_id
       CROSS JOIN LATERAL (SELECT 'no_evidence' AS flag WHERE a.status = 'yes' AND a.position % 5 = 0
                           UNION ALL
                           SELECT $3 WHERE a.position % 7 = 3 AND s.landlord_id = ANY($2::uuid[])) f
      WHERE s.landlord_id = ANY($1::uuid[])`,
    [landlords.map((l) => l.id), rare, FIXTURE_RARE_FLAG],
  );
  await db.query(
    `INSERT INTO answer_flag_reviews (submission_id, parsed_provision, position, text_hash, flag, state, reason)
     SELECT f.submission_id, f.parsed_provision, f.position, f.text_hash, f.flag, 'dismissed', 'Fixture dismissal'
       FROM answer_flags f JOIN submissions s ON s.id = f.submission_id
      WHERE s.landlord_id = $1 AND s.assessment_year = 2024 AND f.flag = $2`,
    [rare[0], FIXTURE_RARE_FLAG],
  );
}
