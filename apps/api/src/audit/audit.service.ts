import type { AuditAction, AuditEventDto, Page } from '@app/contracts';
import { type AuditFilter, AuditRepository, type AuditRow } from '@app/db';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RequestContext } from '../common/request-context';

export interface AuditEvent {
  action: AuditAction;
  entityType?: string;
  entityId?: string | null;
  /** State before and after the change; never passwords, hashes or tokens. */
  before?: unknown;
  after?: unknown;
  /**
   * Who did it. Defaults to the signed-in user of the current request; pass it when there is none
   * (a failed sign-in names the email tried) or null for the system.
   */
  actor?: { id: string | null; email: string | null } | null;
}

/**
 * The audit trail. Call `record` after a change, from any feature:
 *   await this.audit.record({ action: 'submission.upload', entityType: 'submission', entityId: id, after: { fileName } });
 * The actor, IP address and request id come from the current request. To commit the event with the
 * change, pass the transaction's EntityManager as the second argument.
 */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  async record(event: AuditEvent, manager?: EntityManager): Promise<void> {
    await this.repository.insert(this.row(event), manager);
  }

  /** The row `record` would write, for callers that insert it themselves. */
  row(event: AuditEvent): AuditRow {
    const context = RequestContext.current();
    const actor = event.actor === undefined ? (context?.user ?? null) : event.actor;
    return {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email?.toLowerCase() ?? null,
      action: event.action,
      entityType: event.entityType ?? null,
      entityId: event.entityId ?? null,
      before: event.before ?? null,
      after: event.after ?? null,
      ip: context?.ip ?? null,
      requestId: context?.requestId ?? null,
    };
  }

  async search(
    filter: Omit<AuditFilter, 'limit' | 'offset'>,
    page: number,
    pageSize: number,
  ): Promise<Page<AuditEventDto>> {
    const { items, total } = await this.repository.search({
      ...filter,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return {
      items: items.map((item) => ({ ...item, at: new Date(item.at).toISOString() })),
      total,
      page,
      pageSize,
    };
  }
}
