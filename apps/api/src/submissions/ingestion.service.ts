import type { SessionUser, UploadAccepted } from '@app/contracts';
import { SubmissionsRepository } from '@app/db';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { OutboxRelay } from '../outbox/outbox-relay.service';
import { parseRequest } from './parse-request';
import { SubmissionError, SubmissionErrorCode } from './submission.errors';
import { cleanFileName, inspectUpload } from './upload-file';

export interface IngestInput {
  bytes: Buffer;
  fileName: string | undefined;
  /** Requested landlord; landlord users always get their own. */
  landlordId?: string | null;
  assessmentYear?: number | null;
  /** Who uploads; null for the system (sample data). */
  user: SessionUser | null;
}

/**
 * Accepts a document into the pipeline: checks it, stores the original bytes, the submission and the parse
 * request in one transaction, then nudges the outbox relay. Used by the upload route and the sample-data seed.
 */
@Injectable()
export class IngestionService {
  constructor(
    @Inject(API_CONFIG) private readonly config: Pick<ApiConfig, 'UPLOAD_MAX_BYTES'>,
    private readonly submissions: SubmissionsRepository,
    // Only `kick` is needed, so the seed (outside Nest, with no relay running) can pass a no-op.
    @Inject(OutboxRelay) private readonly relay: Pick<OutboxRelay, 'kick'>,
    private readonly audit: AuditService,
  ) {}

  async ingest(input: IngestInput): Promise<UploadAccepted> {
    const inspected = inspectUpload(input.bytes, input.fileName ?? '', this.config.UPLOAD_MAX_BYTES);
    const fileName = cleanFileName(input.fileName, inspected.format);
    const landlordId = await this.landlordFor(input);
    const result = await this.submissions.createFromUpload(
      {
        landlordId,
        assessmentYear: input.assessmentYear ?? null,
        uploadedBy: input.user?.id ?? null,
        sha256: inspected.sha256,
        mediaType: inspected.mediaType,
        format: inspected.format,
        originalName: fileName,
        bytes: input.bytes,
      },
      parseRequest('upload'),
    );
    this.relay.kick();
    await this.audit.record({
      action: 'submission.upload',
      entityType: 'submission',
      entityId: result.id,
      after: {
        fileName,
        format: inspected.format,
        sizeBytes: input.bytes.length,
        sha256: inspected.sha256,
        landlordId,
        assessmentYear: input.assessmentYear ?? null,
        duplicate: result.duplicate,
      },
      ...(input.user ? {} : { actor: null }),
    });
    return result;
  }

  private async landlordFor(input: IngestInput): Promise<string | null> {
    if (input.user?.role === 'landlord') return input.user.landlordId;
    if (!input.landlordId) return null;
    if (!(await this.submissions.landlordExists(input.landlordId))) {
      throw new SubmissionError(
        SubmissionErrorCode.UnknownLandlord,
        'There is no landlord with that id. Choose one from the landlord register, or leave it empty to detect it from the document.',
      );
    }
    return input.landlordId;
  }
}
