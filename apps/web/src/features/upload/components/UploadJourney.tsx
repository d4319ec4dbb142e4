import type { SessionUser } from '@app/contracts';
import { useState } from 'react';
import { isApiError } from '@web/lib/api-error';
import { useUpload } from '../hooks/useUpload';
import { uploadErrorMessage } from '../utils/upload-error-message';
import { UploadForm } from './UploadForm';
import { UploadProgressBar } from './UploadProgressBar';
import { UploadResult } from './UploadResult';

/** Choose a file → upload with progress → live processing → outcome. */
export function UploadJourney({ user }: { user: SessionUser }) {
  const { state, start, cancel, reset } = useUpload();
  const [fileName, setFileName] = useState('');
  const [attempt, setAttempt] = useState(0);

  if (state.phase === 'uploaded') {
    return (
      <UploadResult
        id={state.accepted.id}
        duplicate={state.accepted.duplicate}
        onUploadAnother={() => {
          reset();
          setAttempt((n) => n + 1);
        }}
      />
    );
  }

  const failure =
    state.phase === 'failed'
      ? isApiError(state.error)
        ? uploadErrorMessage(state.error.code, state.error.message)
        : uploadErrorMessage(null)
      : null;
  return (
    <>
      {state.phase === 'uploading' ? (
        <UploadProgressBar fileName={fileName} progress={state.progress} onCancel={cancel} />
      ) : null}
      <div hidden={state.phase === 'uploading'}>
        <UploadForm
          key={attempt}
          user={user}
          failure={failure}
          onSubmit={(request) => {
            setFileName(request.file.name);
            start(request);
          }}
        />
      </div>
    </>
  );
}
