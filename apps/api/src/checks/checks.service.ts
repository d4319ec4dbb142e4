import type {
  AnswerFlagView,
  CheckItem,
  CheckListResponse,
  FlagReviewResponse,
  SessionUser,
} from '@app/contracts';
import { type CheckRow, ChecksRepository, type FlagRecord } from '@app/db';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { assertCanSeeLandlord } from '../auth/landlord-scope';
import { flagNotFound } from './checks.errors';
import type { CheckQueryDto } from './dto/check-query.dto';

@Injectable()
export class ChecksService {
  constructor(
    private readonly repository: ChecksRepository,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async list(query: CheckQueryDto): Promise<CheckListResponse> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const { rows, total } = await this.repository.list(query, page, pageSize);
    return { items: rows.map(toItem), total, page, pageSize };
  }

  /** Confirms (the flag stands) or dismisses (with a reason) a flag, audited in the same transaction. */
  async review(
    id: string,
    state: 'confirmed' | 'dismissed',
    reason: string | null,
    user: SessionUser,
  ): Promise<FlagReviewResponse> {
    return this.dataSource.transaction(async (manager) => {
      const result = await this.repository.review(id, state, reason, user.id, manager);
      if (!result) throw flagNotFound();
      await this.audit.record(
        {
          action: state === 'confirmed' ? 'flag.confirm' : 'flag.dismiss',
          entityType: 'answer',
          entityId: result.before.answerId,
          before: {
            flag: result.before.flag,
            state: result.before.state,
            reason: result.before.reviewReason,
          },
          after: { flag: result.before.flag, state, reason },
        },
        manager,
      );
      return {
        id,
        state,
        reviewReason: reason,
        reviewedBy: user.email,
        reviewedAt: result.reviewedAt.toISOString(),
      };
    });
  }

  async flagsOfSubmission(submissionId: string, user: SessionUser): Promise<AnswerFlagView[]> {
    const submission = await this.repository.submissionLandlord(submissionId);
    if (!submission) throw flagNotFound();
    assertCanSeeLandlord(user, submission.landlordId, 'That submission');
    const flags = await this.repository.flagsOfSubmission(submissionId);
    return flags.map(toView);
  }
}

function toView(flag: FlagRecord): AnswerFlagView & { answerId: string } {
  return {
    id: flag.id,
    answerId: flag.answerId,
    flag: flag.flag,
    reason: flag.reason,
    state: flag.state,
    reviewReason: flag.reviewReason,
  };
}

function toItem(row: CheckRow): CheckItem {
  const r = row.region;
  return {
    ...row,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    region: r
      ? {
          page: r.page,
          x: r.x0 / r.pageWidth,
          y: r.y0 / r.pageHeight,
          width: (r.x1 - r.x0) / r.pageWidth,
          height: (r.y1 - r.y0) / r.pageHeight,
        }
      : null,
  };
}
