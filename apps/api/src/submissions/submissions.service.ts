import {
  type Page,
  type SessionUser,
  type SubmissionDetailDto,
  type SubmissionListQuery,
  type SubmissionSummaryDto,
} from '@app/contracts';
import { ChecksRepository, ReviewRepository, type StoredFileContent, type SubmissionProgressRow, type SubmissionRow, SubmissionsRepository } from '@app/db';
import { Injectable } from '@nestjs/common';
import { canSeeLandlord, landlordScope } from '../auth/landlord-scope';
import { submissionNotFound } from './submission.errors';
import { toDetail, toSummary } from './submission-mapping';

const DEFAULT_PAGE_SIZE = 25;

/** Reading submissions, limited to what the user may see (another landlord's submission answers 404). */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly submissions: SubmissionsRepository,
    private readonly review: ReviewRepository,
    private readonly checks: ChecksRepository,
  ) {}

  async list(user: SessionUser, query: SubmissionListQuery): Promise<Page<SubmissionSummaryDto>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const { rows, total } = await this.submissions.list(
      { landlordId: landlordScope(user) ?? query.landlordId, year: query.year, status: query.status },
      page,
      pageSize,
    );
    return { items: rows.map(toSummary), total, page, pageSize };
  }

  async detail(user: SessionUser, id: string): Promise<SubmissionDetailDto> {
    const row = await this.visible(user, id);
    const [answers, flags, diff] = await Promise.all([
      this.submissions.answersOf(id),
      this.checks.standingFlagsByAnswer(id),
      this.review.pendingDiff(id),
    ]);
    return toDetail(row, answers, flags, diff !== null);
  }

  /** The submission row, or 404 when it does not exist or belongs to another landlord. */
  async visible(user: SessionUser, id: string): Promise<SubmissionRow> {
    const row = await this.submissions.findById(id);
    if (!row || !canSeeLandlord(user, row.landlordId)) throw submissionNotFound();
    return row;
  }

  async file(user: SessionUser, id: string): Promise<StoredFileContent> {
    await this.visible(user, id);
    const file = await this.submissions.fileOf(id);
    if (!file) throw submissionNotFound();
    return file;
  }

  /** Polled by the event stream; null once the submission is gone or no longer visible. */
  async progress(user: SessionUser, id: string): Promise<SubmissionProgressRow | null> {
    const row = await this.submissions.progressOf(id);
    return row && canSeeLandlord(user, row.landlordId) ? row : null;
  }
}
