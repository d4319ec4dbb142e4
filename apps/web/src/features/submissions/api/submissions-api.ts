import type {
  AnswerDto,
  AssignSubmissionRequest,
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

/** PATCH /api/submissions/:id: sets the landlord and/or assessment year (e.g. a year the reviewer corrected). */
export function assignSubmission(submissionId: string, request: AssignSubmissionRequest) {
  return apiRequest<SubmissionDetailDto | SubmissionSummaryDto>(
    `/submissions/${encodeURIComponent(submissionId)}`,
    {
      method: 'PATCH',
      body: request,
    },
  );
}

export function confirmSubmission(submissionId: string) {
  return apiRequest<SubmissionDetailDto | SubmissionSummaryDto>(
    `/submissions/${encodeURIComponent(submissionId)}/confirm`,
    {
      method: 'POST',
    },
  );
}

/** The live status stream of one submission (server-sent events). */
export function submissionEventsUrl(id: string): string {
  return `/api/submissions/${encodeURIComponent(id)}/events`;
}
