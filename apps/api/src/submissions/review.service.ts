import type {
  AnswerDto,
  AssignSubmissionRequest,
  CorrectAnswerRequest,
  ReparseDiffDto,
  ReparseDiffResolved,
  ReprocessAccepted,
  SessionUser,
  SubmissionDetailDto,
} from '@app/contracts';
import { ChecksRepository, ReviewRepository, SubmissionsRepository } from '@app/db';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { OutboxRelay } from '../outbox/outbox-relay.service';
import { parseRequest } from './parse-request';
import { toAnswer } from './submission-mapping';
import { SubmissionError, SubmissionErrorCode, submissionNotFound } from './submission.errors';
import { SubmissionsService } from './submissions.service';

/** Corrections, confirmation, landlord/year assignment, re-processing and re-parse diffs. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly reading: SubmissionsService,
    private readonly submissions: SubmissionsRepository,
    private readonly review: ReviewRepository,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditService,
    private readonly checks: ChecksRepository,
  ) {}

  /** Landlord users may correct their own submission until it is confirmed; analysts and admins always. */
  async correctAnswer(
    user: SessionUser,
    id: string,
    answerId: string,
    change: CorrectAnswerRequest,
  ): Promise<AnswerDto> {
    const submission = await this.reading.visible(user, id);
    if (Object.values(change).every((value) => value === undefined)) {
      throw new SubmissionError(
        SubmissionErrorCode.NothingToChange,
        'Send what to correct: a new status, provision number, evidence or commentary.',
      );
    }
    const result = await this.review.correctAnswer(id, answerId, change, user.id, { allowConfirmed: user.role !== 'landlord' });
    if (!result.ok) {
      switch (result.reason) {
        case 'not_found':
          throw new SubmissionError(SubmissionErrorCode.AnswerNotFound, 'That answer is not part of this submission. Reload the submission and try again.');
        case 'confirmed':
          throw new SubmissionError(
            SubmissionErrorCode.Confirmed,
            'This submission is confirmed, so its answers can no longer be changed here. Ask an analyst if something needs correcting.',
          );
        case 'not_parsed':
          throw new SubmissionError(SubmissionErrorCode.NotParsed, 'Answers can be corrected once the document has been read. Wait for it to finish.');
      }
    }
    await this.audit.record({ action: 'answer.correct', entityType: 'answer', entityId: answerId, before: result.before, after: result.after });
    const [answers, flags] = await Promise.all([this.submissions.answersOf(id), this.checks.standingFlagsByAnswer(id)]);
    const answer = answers.find((row) => row.id === answerId);
    if (!answer) throw submissionNotFound();
    // The correction recomputed the submission's flags: the answer goes back with those that now stand.
    return toAnswer(answer, submission.codeVersion, flags.get(answerId));
  }

  async confirm(user: SessionUser, id: string): Promise<SubmissionDetailDto> {
    await this.reading.visible(user, id);
    const result = await this.review.confirm(id, user.id);
    if (!result.ok) {
      switch (result.reason) {
        case 'not_found':
          throw submissionNotFound();
        case 'not_ready':
          throw new SubmissionError(
            SubmissionErrorCode.NotReady,
            `A submission can be confirmed once it has been read; this one is ${result.status}. Wait for it to finish, or upload a readable file.`,
          );
        case 'needs_landlord_and_year':
          throw new SubmissionError(
            SubmissionErrorCode.NeedsLandlordAndYear,
            'This submission has no landlord or year yet. An analyst needs to set them before it can be confirmed.',
          );
        case 'superseded':
          throw new SubmissionError(
            SubmissionErrorCode.Superseded,
            'A newer upload for the same landlord and year replaced this one. Confirm the newer submission instead.',
          );
      }
    }
    await this.audit.record({ action: 'submission.confirm', entityType: 'submission', entityId: id, after: { status: result.status } });
    return this.reading.detail(user, id);
  }

  async assign(user: SessionUser, id: string, change: AssignSubmissionRequest): Promise<SubmissionDetailDto> {
    const before = await this.reading.visible(user, id);
    if (change.landlordId === undefined && change.assessmentYear === undefined) {
      throw new SubmissionError(SubmissionErrorCode.NothingToChange, 'Send a landlordId, an assessmentYear, or both.');
    }
    // Landlord users may correct the year of their own submissions, never move one to another landlord.
    if (user.role === 'landlord' && change.landlordId !== undefined && change.landlordId !== user.landlordId) {
      throw new SubmissionError(
        SubmissionErrorCode.LandlordChangeForbidden,
        'Only an analyst can move a submission to another landlord. Contact the Ombudsman if it was uploaded for the wrong one.',
      );
    }
    if (change.landlordId && !(await this.submissions.landlordExists(change.landlordId))) {
      throw new SubmissionError(SubmissionErrorCode.UnknownLandlord, 'There is no landlord with that id. Choose one from the landlord register.');
    }
    const result = await this.review.assign(id, change);
    if (!result.ok) {
      if (result.reason === 'not_found') throw submissionNotFound();
      throw new SubmissionError(SubmissionErrorCode.Confirmed, 'This submission is confirmed: its landlord and year can no longer be changed.');
    }
    await this.audit.record({
      action: 'submission.assign',
      entityType: 'submission',
      entityId: id,
      before: { landlordId: before.landlordId, assessmentYear: before.assessmentYear, status: before.status },
      after: { ...change, status: result.status },
    });
    return this.reading.detail(user, id);
  }

  async reprocess(user: SessionUser, id: string): Promise<ReprocessAccepted> {
    await this.reading.visible(user, id);
    const result = await this.submissions.requestReparse(id, parseRequest('reprocess'));
    if (!result) throw submissionNotFound();
    this.relay.kick();
    await this.audit.record({ action: 'submission.reprocess', entityType: 'submission', entityId: id, after: { generation: result.generation } });
    return result;
  }

  async diff(user: SessionUser, id: string): Promise<ReparseDiffDto> {
    const submission = await this.reading.visible(user, id);
    const diff = await this.review.pendingDiff(id);
    if (!diff) throw noDiff();
    return {
      submissionId: id,
      currentParserVersion: submission.parserVersion,
      proposedParserVersion: diff.parserVersion,
      createdAt: diff.createdAt.toISOString(),
      changes: diff.changes,
    };
  }

  async resolveDiff(user: SessionUser, id: string, accept: boolean): Promise<ReparseDiffResolved> {
    const submission = await this.reading.visible(user, id);
    const result = await this.review.resolveDiff(id, accept, user.id);
    if (!result.ok) throw noDiff();
    await this.audit.record({
      action: accept ? 'submission.reparse_accept' : 'submission.reparse_reject',
      entityType: 'submission',
      entityId: id,
      before: { parserVersion: submission.parserVersion },
      after: { parserVersion: accept ? result.parserVersion : submission.parserVersion },
    });
    return { submissionId: id, resolution: result.resolution, parserVersion: accept ? result.parserVersion : submission.parserVersion };
  }
}

const noDiff = () =>
  new SubmissionError(
    SubmissionErrorCode.NoReparseDiff,
    'No re-parse of this submission is waiting for a decision. Re-process it first, or reload the submission.',
  );
