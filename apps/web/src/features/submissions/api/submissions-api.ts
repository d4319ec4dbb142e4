import type {
  AnswerDto,
  CorrectAnswerRequest,
  Page,
  SubmissionDetailDto,
  SubmissionSummaryDto,
} from '@app/contracts';
import { apiDownload, apiRequest } from '@web/lib/api-client';
import type { SubmissionListFilters } from '@web/lib/query-keys';

export function fetchSubmissions(filters: SubmissionListFilters, signal?: AbortSignal) {
  return apiRequest<Page<SubmissionSummaryDto>>('/submissions', { query: { ...filters }, signal });
}

export function fetchSubmission(id: string, signal?: AbortSignal) {
  return apiRequest<SubmissionDetailDto>(`/submissions/${encodeURIComponent(id)}`, { signal });
}

export function fetchSubmissionFile(id: string, signal?: AbortSignal) {
  return apiDownload(`/submissions/${encodeURIComponent(id)}/file`, signal);
}

export function correctAnswer(submissionId: string, answerId: string, request: CorrectAnswerRequest) {
  return apiRequest<AnswerDto>(
    `/submissions/${encodeURIComponent(submissionId)}/answers/${encodeURIComponent(answerId)}`,
    { method: 'PATCH', body: request },
  );
}

export interface ConfirmRequest {
  /** The assessment year, when the reviewer changed the one read from the document. */
  assessmentYear?: number;
}

export function confirmSubmission(submissionId: string, request: ConfirmRequest) {
  return apiRequest<SubmissionDetailDto | SubmissionSummaryDto>(
    `/submissions/${encodeURIComponent(submissionId)}/confirm`,
    { method: 'POST', body: request },
  );
}

/** The live status stream of one submission (server-sent events). */
export function submissionEventsUrl(id: string): string {
  return `/api/submissions/${encodeURIComponent(id)}/events`;
}
