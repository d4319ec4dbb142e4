import { createReadStream } from 'node:fs';
import type { SessionUser, UploadAccepted } from '@app/contracts';
import { type FileChunks, SubmissionsRepository } from '@app/db';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { OutboxRelay } from '../outbox/outbox-relay.service';
import { parseRequest } from './parse-request';
import { SubmissionError, SubmissionErrorCode } from './submission.errors';
import { cleanFileName, type InspectedUpload, inspectStreamedUpload, inspectUpload } from './upload-file';
import type { StreamedUpload } from './upload-storage';

/** Chunks of a temporary upload as they are written to PostgreSQL: one at a time, never the whole file. */
const STORE_CHUNK_BYTES = 1024 * 1024;

interface IngestCommon {
  fileName: string | undefined;
  /** Requested landlord; landlord users always get their own. */
  landlordId?: string | null;
  assessmentYear?: number | null;
  /** Who uploads; null for the system (sample data). */
  user: SessionUser | null;
}

/** The document as bytes in memory (sample data) or as the temporary file an upload was streamed to. */
export type IngestInput = IngestCommon & ({ bytes: Buffer } | { streamed: StreamedUpload });

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
    const inspected: InspectedUpload =
      'bytes' in input
        ? await inspectUpload(input.bytes, input.fileName ?? '', this.config.UPLOAD_MAX_BYTES)
        : await inspectStreamedUpload(input.streamed, input.fileName ?? '', this.config.UPLOAD_MAX_BYTES);
    const content = 'bytes' in input ? input.bytes : fileChunks(input.streamed);
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
        bytes: content,
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
        sizeBytes: 'bytes' in input ? input.bytes.length : input.streamed.size,
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

function fileChunks(upload: StreamedUpload): FileChunks {
  return {
    size: upload.size,
    chunks: () => createReadStream(upload.path, { highWaterMark: STORE_CHUNK_BYTES }),
  };
}
