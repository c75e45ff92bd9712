import { AttachmentView } from '@egcc/contracts';
import { ApiError, csrfHeaders, isProblemDetails, NetworkError } from '../../api/client';

/** The API path as apiRequest takes it ("/v1/…"), or a full "/api/v1/…" path. */
function address(uploadUrl: string): string {
  return uploadUrl.startsWith('/api/') ? uploadUrl : `/api${uploadUrl}`;
}

function problemOf(request: XMLHttpRequest): ApiError {
  let body: unknown = null;
  try {
    body = JSON.parse(request.responseText);
  } catch {
    // Not JSON: a proxy's error page, say.
  }
  if (isProblemDetails(body)) return new ApiError(body);
  return new ApiError({
    type: 'about:blank',
    title: request.status === 413 ? 'The file is too large.' : request.statusText || 'The upload failed.',
    status: request.status,
    code:
      request.status === 413
        ? 'PAYLOAD_TOO_LARGE'
        : request.status >= 500
          ? 'INTERNAL_ERROR'
          : 'MALFORMED_REQUEST',
    requestId: request.getResponseHeader('x-request-id') ?? 'unknown',
  });
}

export interface UploadOptions {
  /** Called as the file goes out, with the share sent so far (0 to 1). */
  onProgress?: (sent: number) => void;
  signal?: AbortSignal;
}

/**
 * Sends one file as multipart form data (field "file") with the session's CSRF token, and
 * answers the attachment as stored. XMLHttpRequest rather than fetch: it reports progress.
 * Fails with ApiError (problem details: 413, 415, …) or NetworkError, as apiRequest does.
 */
export function uploadAttachment(
  uploadUrl: string,
  file: File,
  options: UploadOptions = {},
): Promise<AttachmentView> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', address(uploadUrl));
    request.withCredentials = true;
    request.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeaders())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status < 200 || request.status >= 300) {
        reject(problemOf(request));
        return;
      }
      try {
        resolve(AttachmentView.parse(JSON.parse(request.responseText)));
      } catch (error) {
        reject(error);
      }
    };
    request.onerror = () => reject(new NetworkError(new Error('upload failed')));
    request.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    options.signal?.addEventListener('abort', () => request.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
