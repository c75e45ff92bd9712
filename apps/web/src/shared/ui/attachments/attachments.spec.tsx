import { ATTACHMENT_MAX_BYTES, type AttachmentView } from '@egcc/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { ApiError, setCsrfToken } from '../../api/client';
import { SESSION_KEY } from '../../session/session';
import { makeSession } from '../../../testing/render-app';
import { AttachmentList } from './AttachmentList';
import { AttachmentPicker } from './AttachmentPicker';
import { AttachmentUpload } from './AttachmentUpload';
import { uploadAttachment } from './upload';

jest.mock('./upload', () => ({ ...jest.requireActual('./upload'), uploadAttachment: jest.fn() }));
const upload = jest.mocked(uploadAttachment);

function signedInClient() {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(SESSION_KEY, makeSession());
  return client;
}

function wrap(children: ReactNode) {
  return render(<QueryClientProvider client={signedInClient()}>{children}</QueryClientProvider>);
}

const report: AttachmentView = {
  id: '0190a4c2-0000-7000-8000-00000000a001',
  fileName: 'Bericht über Kinderschutz.pdf',
  contentType: 'application/pdf',
  sizeBytes: 3_565_158,
  uploadedBy: {
    id: '0190a4c2-0000-7000-8000-000000000002',
    name: 'Jonas Becker',
    handle: 'jonas.becker',
    delegation: null,
  },
  createdAt: '2026-03-03T10:00:00.000Z',
  downloadUrl: '/api/v1/attachments/0190a4c2-0000-7000-8000-00000000a001/download',
};

const fileOf = (name: string, size: number, type: string) => {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
};

beforeEach(() => upload.mockReset());

describe('AttachmentList', () => {
  it('lists each file as a download link with its type, size and who added it', async () => {
    const onRemove = jest.fn();
    wrap(<AttachmentList attachments={[report]} onRemove={onRemove} label="Files of the report" />);
    const list = screen.getByRole('list', { name: 'Files of the report' });
    const link = within(list).getByRole('link', { name: 'Bericht über Kinderschutz.pdf' });
    expect(link).toHaveAttribute('href', report.downloadUrl);
    expect(list).toHaveTextContent('(PDF, 3.4 MB) · added by Jonas Becker');
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Remove Bericht über Kinderschutz.pdf' }));
    expect(onRemove).toHaveBeenCalledWith(report.id);
  });

  it('moves focus to the file in the removed one’s place, or to the “no files” line, not to the page', async () => {
    const user = userEvent.setup();
    const second: AttachmentView = {
      ...report,
      id: '0190a4c2-0000-7000-8000-00000000a002',
      fileName: 'Statistics.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
    const client = signedInClient();
    const view = (attachments: AttachmentView[]) => (
      <QueryClientProvider client={client}>
        <AttachmentList
          attachments={attachments}
          onRemove={() => undefined}
          emptyText="No files are attached."
        />
      </QueryClientProvider>
    );
    const { rerender } = render(view([report, second]));

    await user.click(screen.getByRole('button', { name: 'Remove Bericht über Kinderschutz.pdf' }));
    rerender(view([second]));
    expect(screen.getByRole('link', { name: 'Statistics.xlsx' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove Statistics.xlsx' }));
    rerender(view([]));
    expect(screen.getByText('No files are attached.')).toHaveFocus();
  });

  it('leaves focus where the member moved it while the removal was under way', async () => {
    const user = userEvent.setup();
    const client = signedInClient();
    const view = (attachments: AttachmentView[]) => (
      <QueryClientProvider client={client}>
        <AttachmentList
          attachments={attachments}
          onRemove={() => undefined}
          emptyText="No files are attached."
        />
        <button type="button">Elsewhere</button>
      </QueryClientProvider>
    );
    const { rerender } = render(view([report]));
    await user.click(screen.getByRole('button', { name: 'Remove Bericht über Kinderschutz.pdf' }));
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    rerender(view([]));
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });

  it('says so when there are no files, if asked to', () => {
    wrap(<AttachmentList attachments={[]} emptyText="No files are attached." />);
    expect(screen.getByText('No files are attached.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('AttachmentUpload', () => {
  it('offers only the allowed types and says what they are', () => {
    wrap(<AttachmentUpload uploadUrl="/v1/reports/r/attachments" onUploaded={jest.fn()} />);
    const input = screen.getByLabelText('Attach files');
    expect(input).toHaveAttribute('type', 'file');
    expect(input.getAttribute('accept')).toContain('application/pdf');
    expect(input.getAttribute('accept')).toContain('.docx');
    expect(input).toHaveAccessibleDescription('PDF, DOCX, ODT, XLSX, PPTX, PNG or JPEG, up to 20 MB each.');
  });

  it('stops a file that is too large before sending it, and says why', async () => {
    wrap(<AttachmentUpload uploadUrl="/v1/reports/r/attachments" onUploaded={jest.fn()} />);
    await userEvent
      .setup()
      .upload(
        screen.getByLabelText('Attach files'),
        fileOf('scan.pdf', ATTACHMENT_MAX_BYTES + 1, 'application/pdf'),
      );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“scan.pdf” is larger than 20 MB, the most a file may have.',
    );
    expect(upload).not.toHaveBeenCalled();
  });

  it('stops a type the portal does not take', async () => {
    wrap(<AttachmentUpload uploadUrl="/v1/reports/r/attachments" onUploaded={jest.fn()} />);
    await userEvent
      .setup({ applyAccept: false })
      .upload(screen.getByLabelText('Attach files'), fileOf('setup.exe', 1000, 'application/x-msdownload'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“setup.exe” is not a type of file the portal takes: attach PDF, DOCX, ODT, XLSX, PPTX, PNG or JPEG.',
    );
    expect(screen.getByLabelText('Attach files')).toHaveAttribute('aria-invalid', 'true');
    expect(upload).not.toHaveBeenCalled();
  });

  it('shows what the server says when it refuses the content (415)', async () => {
    upload.mockRejectedValue(
      new ApiError({
        type: 'about:blank',
        title: 'Unsupported content type',
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        detail:
          'The portal takes PDF, DOCX, ODT, XLSX, PPTX, PNG, JPEG files, up to 20 MB; by its content “report.pdf” is of type text/html.',
        requestId: 'r1',
      }),
    );
    const onUploaded = jest.fn();
    wrap(<AttachmentUpload uploadUrl="/v1/reports/r/attachments" onUploaded={onUploaded} />);
    await userEvent
      .setup()
      .upload(screen.getByLabelText('Attach files'), fileOf('report.pdf', 1000, 'application/pdf'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“report.pdf” was not uploaded: The portal takes PDF, DOCX, ODT, XLSX, PPTX, PNG, JPEG files, up to 20 MB; by its content “report.pdf” is of type text/html.',
    );
    expect(upload).toHaveBeenCalledWith('/v1/reports/r/attachments', expect.any(File), expect.anything());
    expect(onUploaded).not.toHaveBeenCalled();
  });

  it('hands over what was uploaded and says so in a live region', async () => {
    upload.mockResolvedValue(report);
    const onUploaded = jest.fn();
    wrap(<AttachmentUpload uploadUrl="/v1/reports/r/attachments" onUploaded={onUploaded} />);
    await userEvent
      .setup()
      .upload(screen.getByLabelText('Attach files'), fileOf('report.pdf', 1000, 'application/pdf'));
    await waitFor(() => expect(onUploaded).toHaveBeenCalledWith(report));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Bericht über Kinderschutz.pdf uploaded.'),
    );
  });
});

describe('AttachmentPicker', () => {
  it('keeps the files that pass the checks and lets them be taken off again', async () => {
    const user = userEvent.setup({ applyAccept: false });
    let files: File[] = [];
    const onChange = jest.fn((next: File[]) => (files = next));
    const view = wrap(<AttachmentPicker files={files} onChange={onChange} />);
    await user.upload(screen.getByLabelText('Attach files (optional)'), [
      fileOf('chart.png', 2048, 'image/png'),
      fileOf('page.html', 100, 'text/html'),
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent('“page.html” is not a type of file the portal takes');
    expect(files.map((file) => file.name)).toEqual(['chart.png']);
    view.rerender(
      <QueryClientProvider client={new QueryClient()}>
        <AttachmentPicker files={files} onChange={onChange} />
      </QueryClientProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Remove chart.png' }));
    expect(files).toEqual([]);
  });
});

describe('uploadAttachment', () => {
  const realUpload = jest.requireActual<{ uploadAttachment: typeof uploadAttachment }>(
    './upload',
  ).uploadAttachment;
  const sent: { url?: string; headers: Record<string, string>; body?: unknown } = { headers: {} };

  class FakeRequest {
    status = 0;
    responseText = '';
    upload = { onprogress: null as ((event: ProgressEvent) => void) | null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    withCredentials = false;
    open(_method: string, url: string) {
      sent.url = url;
    }
    setRequestHeader(name: string, value: string) {
      sent.headers[name] = value;
    }
    getResponseHeader() {
      return null;
    }
    abort() {
      this.onabort?.();
    }
    send(body: unknown) {
      sent.body = body;
      this.status = 413;
      this.responseText = JSON.stringify({
        type: 'about:blank',
        title: 'The request is too large',
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        detail: 'A file may be at most 20 MB.',
        requestId: 'r2',
      });
      queueMicrotask(() => this.onload?.());
    }
  }

  it('sends the file as form data with the session’s CSRF token, and rejects with the problem details', async () => {
    const original = window.XMLHttpRequest;
    window.XMLHttpRequest = FakeRequest as unknown as typeof XMLHttpRequest;
    setCsrfToken('token-1');
    try {
      const failure = realUpload('/v1/posts/p/attachments', fileOf('a.png', 10, 'image/png'));
      await expect(failure).rejects.toMatchObject({ status: 413, message: 'A file may be at most 20 MB.' });
      expect(sent.url).toBe('/api/v1/posts/p/attachments');
      expect(sent.headers['x-csrf-token']).toBe('token-1');
      expect((sent.body as FormData).get('file')).toBeInstanceOf(File);
    } finally {
      window.XMLHttpRequest = original;
      setCsrfToken(null);
    }
  });
});
