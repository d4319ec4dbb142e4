import type { UploadAccepted } from '@app/contracts';
import { apiUrl, writeHeaders } from '@web/lib/api-client';
import { ApiError, toApiError } from '@web/lib/api-error';

export interface UploadRequest {
  file: File;
  landlordId?: string;
  assessmentYear?: number;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadHandle {
  done: Promise<UploadAccepted>;
  abort: () => void;
}

/** POST /api/submissions as multipart, through XMLHttpRequest so upload progress can be shown. */
export function uploadSubmission(
  request: UploadRequest,
  onProgress: (progress: UploadProgress) => void,
): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadAccepted>((resolve, reject) => {
    const form = new FormData();
    if (request.landlordId) form.append('landlordId', request.landlordId);
    if (request.assessmentYear) form.append('assessmentYear', String(request.assessmentYear));
    form.append('file', request.file, request.file.name);

    xhr.open('POST', apiUrl('/submissions'));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(writeHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : request.file.size });
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as UploadAccepted);
        } catch {
          reject(toApiError(500, xhr.responseText));
        }
      } else {
        reject(toApiError(xhr.status, xhr.responseText));
      }
    };
    xhr.onerror = () => reject(ApiError.network());
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
}
