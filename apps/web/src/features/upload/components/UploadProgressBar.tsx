import { formatBytes } from '../utils/validate-file';
import type { UploadProgress } from '../api/upload-submission';

interface Props {
  fileName: string;
  progress: UploadProgress;
  onCancel: () => void;
}

/** Upload progress; screen readers hear it in quarter steps rather than every percent. */
export function UploadProgressBar({ fileName, progress, onCancel }: Props) {
  const percent =
    progress.total > 0 ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : 0;
  const announced = Math.floor(percent / 25) * 25;
  return (
    <div>
      <h2 className="govuk-heading-m">Uploading {fileName}</h2>
      <label className="govuk-label" htmlFor="upload-progress">
        Upload progress
      </label>
      <progress className="app-progress" id="upload-progress" max={100} value={percent}>
        {percent}%
      </progress>
      <p className="govuk-body" aria-hidden="true">
        {percent}% – {formatBytes(progress.loaded)} of {formatBytes(progress.total)}
      </p>
      <p className="govuk-visually-hidden" role="status" aria-live="polite">
        {percent >= 100 ? 'Upload complete. Waiting for the service.' : `Uploaded ${announced}%`}
      </p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
        Cancel upload
      </button>
    </div>
  );
}
