import type { SessionUser } from '@app/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '@web/components/ErrorSummary';
import type { UploadRequest } from '../api/upload-submission';
import { uploadErrorMessage } from '../utils/upload-error-message';
import { checkFile } from '../utils/validate-file';
import { checkYear } from '../utils/validate-year';
import { FileDropZone } from './FileDropZone';
import { LandlordField } from './LandlordField';
import { YearField } from './YearField';

interface Props {
  user: SessionUser;
  onSubmit: (request: UploadRequest) => void;
  /** A failure from the last attempt (upload or processing), shown in the error summary. */
  failure?: { title: string; action: string } | null;
}

interface FieldErrors {
  file?: string;
  landlordId?: string;
  assessmentYear?: string;
}

export function UploadForm({ user, onSubmit, failure }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [landlordId, setLandlordId] = useState('');
  const [year, setYear] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: FieldErrors = {};
    const problem = checkFile(file);
    if (problem) next.file = uploadErrorMessage(problem).title;
    if (user.role !== 'landlord' && !landlordId)
      next.landlordId = 'Select the landlord whose self-assessment this is';
    const checkedYear = checkYear(year);
    if (checkedYear.error) next.assessmentYear = checkedYear.error;
    setErrors(next);
    if (Object.keys(next).length > 0 || !file) return;
    onSubmit({
      file,
      landlordId: user.role === 'landlord' ? undefined : landlordId,
      assessmentYear: checkedYear.year,
    });
  };

  const summary: ErrorSummaryItem[] = [];
  if (failure) summary.push({ href: '#file', text: `${failure.title}. ${failure.action}` });
  if (errors.landlordId) summary.push({ href: '#landlordId', text: errors.landlordId });
  if (errors.assessmentYear) summary.push({ href: '#assessmentYear', text: errors.assessmentYear });
  if (errors.file) summary.push({ href: '#file', text: errors.file });

  return (
    <>
      <ErrorSummary errors={summary} />
      <form onSubmit={submit} noValidate>
        <LandlordField user={user} value={landlordId} onChange={setLandlordId} error={errors.landlordId} />
        <YearField value={year} onChange={setYear} error={errors.assessmentYear} />
        <FileDropZone
          file={file}
          onChange={(chosen) => {
            setFile(chosen);
            setErrors((old) => ({ ...old, file: undefined }));
          }}
          error={errors.file}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Upload and read the file
        </button>
      </form>
    </>
  );
}
