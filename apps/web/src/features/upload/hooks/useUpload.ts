import type { UploadAccepted } from '@app/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { queryKeys } from '@web/lib/query-keys';
import { type UploadProgress, type UploadRequest, uploadSubmission } from '../api/upload-submission';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; progress: UploadProgress }
  | { phase: 'uploaded'; accepted: UploadAccepted }
  | { phase: 'failed'; error: unknown };

/** Sends a file with progress; the state machine behind the upload page. */
export function useUpload() {
  const client = useQueryClient();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const abortRef = useRef<(() => void) | null>(null);

  useEffect(() => () => abortRef.current?.(), []);

  const start = useCallback(
    (request: UploadRequest) => {
      setState({ phase: 'uploading', progress: { loaded: 0, total: request.file.size } });
      const handle = uploadSubmission(request, (progress) => setState({ phase: 'uploading', progress }));
      abortRef.current = handle.abort;
      handle.done.then(
        (accepted) => {
          abortRef.current = null;
          setState({ phase: 'uploaded', accepted });
          void client.invalidateQueries({ queryKey: queryKeys.submissions.lists() });
        },
        (error: unknown) => {
          abortRef.current = null;
          if (error instanceof DOMException && error.name === 'AbortError') setState({ phase: 'idle' });
          else setState({ phase: 'failed', error });
        },
      );
    },
    [client],
  );

  const cancel = useCallback(() => abortRef.current?.(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel, reset };
}
