import type { SubmissionDetailDto, SubmissionEvent } from '@app/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queryKeys } from '@web/lib/query-keys';
import { submissionEventsUrl } from '../api/submissions-api';
import { isProcessingFinished } from '../utils/status-tags';

export interface SubmissionEventsState {
  latest: SubmissionEvent | null;
  /** The stream failed; callers fall back to polling the submission. */
  disconnected: boolean;
}

/**
 * Follows a submission's processing through server-sent events until it finishes, keeping the
 * cached submission in step. The stream closes itself once a final status arrives.
 */
export function useSubmissionEvents(id: string | undefined, enabled: boolean): SubmissionEventsState {
  const client = useQueryClient();
  const [state, setState] = useState<SubmissionEventsState>({ latest: null, disconnected: false });

  useEffect(() => {
    if (!id || !enabled) return;
    setState({ latest: null, disconnected: false });
    const source = new EventSource(submissionEventsUrl(id), { withCredentials: true });
    const onMessage = (message: MessageEvent<string>) => {
      let event: SubmissionEvent;
      try {
        event = JSON.parse(message.data) as SubmissionEvent;
      } catch {
        return;
      }
      setState({ latest: event, disconnected: false });
      client.setQueryData<SubmissionDetailDto>(queryKeys.submissions.detail(id), (old) =>
        old
          ? {
              ...old,
              status: event.status,
              progress: event.progress,
              errorCode: event.errorCode,
              errorMessage: event.errorMessage,
            }
          : old,
      );
      if (isProcessingFinished(event.status)) {
        source.close();
        void client.invalidateQueries({ queryKey: queryKeys.submissions.all });
      }
    };
    // The API sends `status` events, then `end` once the submission reaches a final state (or is gone).
    source.addEventListener('status', onMessage as EventListener);
    source.addEventListener('message', onMessage);
    source.addEventListener('end', () => {
      source.close();
      void client.invalidateQueries({ queryKey: queryKeys.submissions.detail(id) });
    });
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) setState((old) => ({ ...old, disconnected: true }));
    };
    return () => source.close();
  }, [id, enabled, client]);

  return state;
}
