import { LANDLORD_TYPES, type LandlordDto } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { normaliseLandlordName } from '../landlord-names/landlord-name';
import { refreshCountingForLandlords } from './analytics/counting';
import { selectOne, selectRows } from './sql';

const landlordRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(LANDLORD_TYPES),
  registrationCode: z.string().nullable(),
  region: z.string().nullable(),
  homesOwned: z.number().nullable(),
  aliases: z.array(z.string()),
  mergedIntoId: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
}) satisfies z.ZodType<LandlordDto>;

/** A registry entry as stored: the wire shape plus its timestamps. */
export type LandlordRecord = z.output<typeof landlordRecordSchema>;

const idRow = z.object({ id: z.string() });
const countRow = z.object({ n: z.number() });

/** A new landlord: name and type required; the other fields optional, `null` for none. */
export type LandlordInput = Pick<LandlordDto, 'name' | 'type'> &
  Partial<Pick<LandlordDto, 'registrationCode' | 'region' | 'homesOwned' | 'aliases'>>;

export type LandlordChanges = Partial<LandlordInput>;

/** Another registry entry already using a name, alias or registration code. */
export interface LandlordClash {
  value: string;
  landlordId: string;
  landlordName: string;
  /** What the value clashes with in that landlord. */
  on: 'name' | 'alias' | 'registration_code';
}

export type DeleteLandlordOutcome = 'deleted' | 'not_found' | 'has_submissions' | 'has_users';

export interface MergeOutcome {
  submissions: number;
  users: number;
  aliases: number;
}

const SELECT_LANDLORD = `
  SELECT l.id, l.name, l.type, l.registration_code AS "registrationCode", l.region, l.homes_owned AS "homesOwned",
         l.merged_into_id AS "mergedIntoId", l.created_at AS "createdAt", l.updated_at AS "updatedAt",
         COALESCE((SELECT array_agg(a.alias ORDER BY a.alias) FROM landlord_aliases a WHERE a.landlord_id = l.id), '{}') AS aliases
    FROM landlords l`;

/**
 * Aliases with their match names, leaving out empty ones, the name itself, and any alias whose
 * normalised form repeats an earlier one (match names are unique across the registry).
 */
function aliasRows(name: string, aliases: readonly string[] = []): { alias: string; matchName: string }[] {
  const seen = new Set<string>();
  const rows: { alias: string; matchName: string }[] = [];
  for (const raw of aliases) {
    const alias = raw.trim();
    const matchName = normaliseLandlordName(alias);
    if (!alias || !matchName || seen.has(matchName) || alias.toLowerCase() === name.trim().toLowerCase())
      continue;
    seen.add(matchName);
    rows.push({ alias, matchName });
  }
  return rows;
}

/** The landlord registry: CRUD, merge, all-or-nothing import and clash checks. */
@Injectable()
export class LandlordRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Registry entries by name; merged-away landlords only when asked for. */
  async list(options: { includeMerged?: boolean; ids?: string[] } = {}): Promise<LandlordRecord[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (!options.includeMerged) where.push('l.merged_into_id IS NULL');
    if (options.ids) where.push(`l.id = ANY($${params.push(options.ids)}::uuid[])`);
    return selectRows(
      this.dataSource.manager,
      `${SELECT_LANDLORD} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY lower(l.name), l.id`,
      params,
      landlordRecordSchema,
    );
  }

  async findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LandlordRecord | null> {
    const [row] = await selectRows(manager, `${SELECT_LANDLORD} WHERE l.id = $1`, [id], landlordRecordSchema);
    return row ?? null;
  }

  async count(): Promise<number> {
    return (await selectOne(this.dataSource.manager, `SELECT count(*)::int AS n FROM landlords`, [], countRow)).n;
  }

  /**
   * Which of these names/aliases (compared normalised) and registration codes another current landlord
   * already uses, as its name, an alias or its code. `exceptId` leaves out the landlord being edited.
   */
  async findClashes(
    values: { names: string[]; registrationCodes: string[] },
    exceptId: string | null = null,
  ): Promise<LandlordClash[]> {
    const byMatch = new Map<string, string>();
    for (const name of values.names) {
      const match = normaliseLandlordName(name);
      if (match && !byMatch.has(match)) byMatch.set(match, name);
    }
    const codes = values.registrationCodes.filter(Boolean);
    if (!byMatch.size && !codes.length) return [];
    const rows = await selectRows(
      this.dataSource.manager,
        `SELECT l.match_name AS value, l.id AS "landlordId", l.name AS "landlordName", 'name' AS "on"
           FROM landlords l WHERE l.merged_into_id IS NULL AND l.match_name = ANY($1::text[]) AND ($3::uuid IS NULL OR l.id <> $3::uuid)
         UNION ALL
         SELECT a.match_name, l.id, l.name, 'alias'
           FROM landlord_aliases a JOIN landlords l ON l.id = a.landlord_id
          WHERE a.match_name = ANY($1::text[]) AND ($3::uuid IS NULL OR l.id <> $3::uuid)
         UNION ALL
         SELECT l.registration_code, l.id, l.name, 'registration_code'
           FROM landlords l WHERE l.registration_code = ANY($2::text[]) AND ($3::uuid IS NULL OR l.id <> $3::uuid)`,
      [[...byMatch.keys()], codes, exceptId],
      z.object({
        value: z.string(),
        landlordId: z.string(),
        landlordName: z.string(),
        on: z.enum(['name', 'alias', 'registration_code']),
      }) satisfies z.ZodType<LandlordClash>,
    );
    return rows.map((row) => ({
      ...row,
      value: row.on === 'registration_code' ? row.value : (byMatch.get(row.value) ?? row.value),
    }));
  }

  async create(
    input: LandlordInput,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LandlordRecord> {
    const { id } = await selectOne(
      manager,
      `INSERT INTO landlords (name, match_name, type, registration_code, region, homes_owned)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        input.name.trim(),
        normaliseLandlordName(input.name),
        input.type,
        input.registrationCode ?? null,
        input.region ?? null,
        input.homesOwned ?? null,
      ],
      idRow,
    );
    await this.insertAliases(manager, id, input.name, input.aliases);
    const created = await this.findById(id, manager);
    if (!created) throw new Error(`landlord ${id} vanished inside its own transaction`);
    return created;
  }

  /** Creates every landlord or none: one transaction. */
  async createMany(inputs: LandlordInput[]): Promise<LandlordRecord[]> {
    return this.dataSource.transaction(async (manager) => {
      const created: LandlordRecord[] = [];
      for (const input of inputs) created.push(await this.create(input, manager));
      return created;
    });
  }

  /** Applies changes; `aliases`, when given, replaces the list. Null when there is no such landlord. */
  async update(id: string, changes: LandlordChanges): Promise<LandlordRecord | null> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.findById(id, manager);
      if (!current) return null;
      const sets: string[] = [];
      const params: unknown[] = [id];
      if (changes.name !== undefined) {
        sets.push(
          `name = $${params.push(changes.name.trim())}`,
          `match_name = $${params.push(normaliseLandlordName(changes.name))}`,
        );
      }
      if (changes.type !== undefined) sets.push(`type = $${params.push(changes.type)}`);
      if (changes.registrationCode !== undefined)
        sets.push(`registration_code = $${params.push(changes.registrationCode)}`);
      if (changes.region !== undefined) sets.push(`region = $${params.push(changes.region)}`);
      if (changes.homesOwned !== undefined) sets.push(`homes_owned = $${params.push(changes.homesOwned)}`);
      if (sets.length)
        await manager.query(
          `UPDATE landlords SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`,
          params,
        );
      if (sets.length) await refreshCountingForLandlords(manager, [id]);
      if (changes.aliases !== undefined) {
        await manager.query(`DELETE FROM landlord_aliases WHERE landlord_id = $1`, [id]);
        await this.insertAliases(manager, id, changes.name ?? current.name, changes.aliases);
        if (!sets.length) await manager.query(`UPDATE landlords SET updated_at = now() WHERE id = $1`, [id]);
      }
      return this.findById(id, manager);
    });
  }

  /** Deletes a landlord nothing refers to; refuses while submissions or users belong to it. */
  async delete(id: string): Promise<DeleteLandlordOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const found = await selectRows(manager, `SELECT id FROM landlords WHERE id = $1 FOR UPDATE`, [id], idRow);
      if (!found.length) return 'not_found';
      const row = await selectOne(
        manager,
        `SELECT (SELECT count(*)::int FROM submissions WHERE landlord_id = $1) AS submissions,
                (SELECT count(*)::int FROM users WHERE landlord_id = $1) AS users`,
        [id],
        z.object({ submissions: z.number(), users: z.number() }),
      );
      if (row.submissions > 0) return 'has_submissions';
      if (row.users > 0) return 'has_users';
      await manager.query(`DELETE FROM landlords WHERE id = $1`, [id]);
      return 'deleted';
    });
  }

  async countSubmissions(id: string): Promise<number> {
    const row = await selectOne(
      this.dataSource.manager,
      `SELECT count(*)::int AS n FROM submissions WHERE landlord_id = $1`,
      [id],
      countRow,
    );
    return row.n;
  }

  /**
   * Merges `fromId` into `intoId` in one transaction: submissions, users and aliases move to the
   * survivor, the merged landlord's name becomes one of its aliases, landlords earlier merged into
   * `fromId` now point at `intoId`, and `fromId` keeps a record with `merged_into_id` set.
   * The caller checks both exist, differ and are not merged already.
   */
  async merge(fromId: string, intoId: string): Promise<MergeOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await selectRows(
        manager,
        `SELECT id, name, match_name AS "matchName" FROM landlords WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [[fromId, intoId]],
        z.object({ id: z.string(), name: z.string(), matchName: z.string() }),
      );
      const from = locked.find((l) => l.id === fromId);
      const into = locked.find((l) => l.id === intoId);
      if (!from || !into) throw new Error(`merge: landlord ${from ? intoId : fromId} does not exist`);
      /** Runs an UPDATE ... RETURNING id that moves rows from `fromId` ($1) to `intoId` ($2); how many it moved. */
      const move = async (sql: string) => (await selectRows(manager, sql, [fromId, intoId], idRow)).length;
      const submissions = await move(`UPDATE submissions SET landlord_id = $2 WHERE landlord_id = $1 RETURNING id`);
      const users = await move(`UPDATE users SET landlord_id = $2, updated_at = now() WHERE landlord_id = $1 RETURNING id`);
      let aliases = await move(`UPDATE landlord_aliases SET landlord_id = $2 WHERE landlord_id = $1 RETURNING id`);
      if (from.matchName) {
        const inserted = await selectRows(
          manager,
          `INSERT INTO landlord_aliases (landlord_id, alias, match_name) VALUES ($1, $2, $3)
           ON CONFLICT (match_name) DO NOTHING RETURNING id`,
          [intoId, from.name, from.matchName],
          idRow,
        );
        aliases += inserted.length;
      }
      await manager.query(
        `UPDATE landlords SET merged_into_id = $2, updated_at = now() WHERE merged_into_id = $1`,
        [fromId, intoId],
      );
      await manager.query(`UPDATE landlords SET merged_into_id = $2, updated_at = now() WHERE id = $1`, [
        fromId,
        intoId,
      ]);
      await manager.query(`UPDATE landlords SET updated_at = now() WHERE id = $1`, [intoId]);
      await refreshCountingForLandlords(manager, [fromId, intoId]);
      return { submissions, users, aliases };
    });
  }

  private async insertAliases(
    manager: EntityManager,
    landlordId: string,
    name: string,
    aliases: readonly string[] = [],
  ): Promise<void> {
    for (const { alias, matchName } of aliasRows(name, aliases)) {
      await manager.query(
        `INSERT INTO landlord_aliases (landlord_id, alias, match_name) VALUES ($1, $2, $3)`,
        [landlordId, alias, matchName],
      );
    }
  }
}
