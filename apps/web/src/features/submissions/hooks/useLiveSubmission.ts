import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { fetchSubmission } from '../api/submissions-api';
import { isProcessingFinished } from '../utils/status-tags';
import { useSubmissionEvents } from './useSubmissionEvents';

/**
 * A submission that keeps itself current while it is processed: live events when the stream is
 * open, with slow polling as a safety net (and faster polling if the stream drops).
 */
export function useLiveSubmission(id: string | undefined) {
  const initial = useQuery({
    queryKey: queryKeys.submissions.detail(id ?? ''),
    queryFn: ({ signal }) => fetchSubmission(id!, signal),
    enabled: Boolean(id),
  });
  const processing = initial.data ? !isProcessingFinished(initial.data.status) : false;
  const events = useSubmissionEvents(id, processing);
  const polled = useQuery({
    queryKey: queryKeys.submissions.detail(id ?? ''),
    queryFn: ({ signal }) => fetchSubmission(id!, signal),
    enabled: Boolean(id) && processing,
    refetchInterval: events.disconnected ? 2_000 : 5_000,
  });
  return { submission: polled.data ?? initial.data, query: initial, events };
}
