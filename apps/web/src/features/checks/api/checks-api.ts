import type { CheckListResponse, CheckQuery, FlagReviewResponse } from '@app/contracts';
import { apiRequest } from '@web/lib/api-client';

export function fetchChecks(query: CheckQuery, signal?: AbortSignal) {
  return apiRequest<CheckListResponse>('/checks', { query: { ...query }, signal });
}

export function confirmFlag(id: string, note?: string) {
  return apiRequest<FlagReviewResponse>(`/checks/flags/${id}/confirm`, {
    method: 'POST',
    body: note ? { note } : {},
  });
}

export function dismissFlag(id: string, reason: string) {
  return apiRequest<FlagReviewResponse>(`/checks/flags/${id}/dismiss`, { method: 'POST', body: { reason } });
}
