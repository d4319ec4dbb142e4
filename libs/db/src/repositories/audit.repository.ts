import type { AuditEventDto } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { selectOne, selectRows } from './sql';

/** One audit event as written: the API shape without the id and time the database assigns. */
export type AuditRow = Omit<AuditEventDto, 'id' | 'at'>;

const auditRecordSchema = z.object({
  id: z.string(),
  at: z.date(),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
});

/** One stored event: the written row with the id and time the database assigned. */
export type AuditRecord = z.output<typeof auditRecordSchema> & AuditRow;

export interface AuditFilter {
  action?: string;
  actorId?: string;
  actorEmail?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
  limit: number;
  offset: number;
}

const json = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);

/** The append-only audit trail. */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes one event; pass a transaction's manager to commit it with the change it describes. */
  async insert(row: AuditRow, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (actor_id, actor_email, action, entity_type, entity_id, before, after, ip, request_id)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9)`,
      [
        row.actorId,
        row.actorEmail,
        row.action,
        row.entityType,
        row.entityId,
        json(row.before),
        json(row.after),
        row.ip,
        row.requestId,
      ],
    );
  }

  /** Newest first. */
  async search(filter: AuditFilter): Promise<{ items: AuditRecord[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.action) where.push(`action = $${params.push(filter.action)}`);
    if (filter.actorId) where.push(`actor_id = $${params.push(filter.actorId)}`);
    if (filter.actorEmail) where.push(`actor_email = $${params.push(filter.actorEmail.toLowerCase())}`);
    if (filter.entityType) where.push(`entity_type = $${params.push(filter.entityType)}`);
    if (filter.entityId) where.push(`entity_id = $${params.push(filter.entityId)}`);
    if (filter.from) where.push(`at >= $${params.push(filter.from)}`);
    if (filter.to) where.push(`at < $${params.push(filter.to)}`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const count = await selectOne(
      this.dataSource.manager,
      `SELECT count(*)::int AS n FROM audit_events ${clause}`,
      params,
      z.object({ n: z.number() }),
    );
    const items = await selectRows(
      this.dataSource.manager,
      `SELECT id::text AS id, at, actor_id AS "actorId", actor_email AS "actorEmail", action, entity_type AS "entityType",
              entity_id AS "entityId", before, after, ip, request_id AS "requestId"
         FROM audit_events ${clause}
        ORDER BY at DESC, id DESC
        LIMIT $${params.push(filter.limit)} OFFSET $${params.push(filter.offset)}`,
      params,
      auditRecordSchema,
    );
    return { items, total: count.n };
  }
}
