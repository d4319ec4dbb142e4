import { type DragEvent, useState } from 'react';
import { ACCEPT_ATTRIBUTE, MAX_UPLOAD_BYTES, formatBytes } from '../utils/validate-file';
import { FormGroup, describedBy } from '@web/components/FormGroup';

const HINT = `A PDF, Word (.docx), web page (.html), text (.txt) or Markdown (.md) file, smaller than ${formatBytes(MAX_UPLOAD_BYTES)}. Drag it here or choose it.`;

interface Props {
  file: File | null;
  onChange: (file: File | null) => void;
  error?: string;
}

/** GOV.UK file upload with a drop area: drag a file onto it or choose one. */
export function FileDropZone({ file, onChange, error }: Props) {
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files.item(0);
    if (dropped) onChange(dropped);
  };

  const zoneClass = `app-drop-zone${dragging ? ' app-drop-zone--active' : ''}${error ? ' app-drop-zone--error' : ''}`;
  return (
    <FormGroup
      id="file"
      label="Upload the self-assessment"
      labelClassName="govuk-label govuk-label--m"
      hint={HINT}
      error={error}
    >
      <div
        className={zoneClass}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <input
          className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
          id="file"
          name="file"
          type="file"
          accept={ACCEPT_ATTRIBUTE}
          aria-describedby={describedBy('file', HINT, error)}
          onChange={(event) => onChange(event.target.files?.item(0) ?? null)}
        />
        <p className="app-drop-zone__file" aria-live="polite">
          {file ? (
            `${file.name} (${formatBytes(file.size)})`
          ) : (
            <span className="govuk-hint">No file chosen yet</span>
          )}
        </p>
      </div>
    </FormGroup>
  );
}
