import type { ReportDetail } from '@egcc/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../shared/api/client';
import { referenceQuery, useReference } from '../../../shared/api/get-reference';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useAnnounce } from '../../../shared/ui/Announcer';
import { AttachmentList, AttachmentUpload } from '../../../shared/ui/attachments';
import { formatDate } from '../../../shared/ui/format';
import { Flash, Notice } from '../../../shared/ui/Notice';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { reportQuery, useReport } from '../api/get-report';
import { reportKey } from '../api/keys';
import { useRemoveAttachment } from '../api/remove-attachment';
import { REPORT_STATUS } from '../components/labels';
import { PersonName } from '../components/PersonName';
import {
  GapList,
  MeasureList,
  RenderedSection,
  ReportSection,
  SECTION_ANCHORS,
} from '../components/ReportSections';
import { ReportStatusBadge } from '../components/ReportStatusBadge';
import { ReportWorkflow } from '../components/ReportWorkflow';
import '../components/reports.css';
import './ReportPage.css';

export const reportLoader: LoaderFactory =
  (queryClient) =>
  async ({ params }) => {
    await Promise.all([
      queryClient.ensureQueryData(reportQuery(params['id'] ?? '')),
      queryClient.ensureQueryData(referenceQuery()),
    ]);
    return null;
  };

const periodText = (report: ReportDetail) =>
  report.period?.label ?? (report.meeting ? `the meeting “${report.meeting.title}”` : '');

/** A national report as read: its sections, the review, files, exports and the workflow steps. */
export function ReportPage() {
  const id = useParams()['id'] ?? '';
  const { data: report } = useReport(id);
  const { data: reference } = useReference();
  usePageTitle(report.title);
  const [result, setResult] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const returned = report.comments.filter((comment) => comment.kind === 'RETURNED');
  const lastReturn = returned.at(-1);
  const exportUrl = (format: 'pdf' | 'docx') =>
    `/api/v1/reports/${encodeURIComponent(report.id)}/export?format=${format}`;

  return (
    <article className="page report-page">
      <p className="breadcrumbs">
        <Link to="/reports">National reports</Link>
      </p>
      <div className="page__header">
        <h1>{report.title}</h1>
        <ReportStatusBadge status={report.status} />
      </div>
      <Flash />
      <div role="status" ref={resultRef} tabIndex={-1} className="report-result">
        {result && (
          <Notice tone="success">
            <p>{result}</p>
          </Notice>
        )}
      </div>
      <dl className="report-header">
        <div>
          <dt>Delegation</dt>
          <dd>{report.delegation.name}</dd>
        </div>
        <div>
          <dt>{report.period ? 'Reporting period' : 'Meeting'}</dt>
          <dd>
            {periodText(report)}
            {report.period && (
              <span className="report-header__dates">
                {' '}
                ({formatDate(report.period.startsOn)} to {formatDate(report.period.endsOn)})
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            {REPORT_STATUS[report.status].label}: {REPORT_STATUS[report.status].description}
          </dd>
        </div>
        <div>
          <dt>Version</dt>
          <dd>
            {report.version}, last changed <RelativeTime iso={report.updatedAt} />
            {report.updatedBy && (
              <>
                {' '}
                by <PersonName person={report.updatedBy} />
              </>
            )}
          </dd>
        </div>
        {report.submittedAt && (
          <div>
            <dt>Submitted</dt>
            <dd>
              {formatDate(report.submittedAt)}
              {report.submittedBy && (
                <>
                  {' '}
                  by <PersonName person={report.submittedBy} />
                </>
              )}
            </dd>
          </div>
        )}
        {report.publishedAt && (
          <div>
            <dt>Published</dt>
            <dd>
              {formatDate(report.publishedAt)}
              {report.publishedBy && (
                <>
                  {' '}
                  by <PersonName person={report.publishedBy} />
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
      {report.status === 'DRAFT' && lastReturn && (
        <Notice tone="warning" title="Returned for changes" className="report-returned">
          <p>
            {lastReturn.author ? <PersonName person={lastReturn.author} /> : 'The reviewer'} returned this
            report <RelativeTime iso={lastReturn.createdAt} />:
          </p>
          <blockquote className="report-returned__comment">{lastReturn.body}</blockquote>
          <p>Change what is asked, save, and submit it again.</p>
        </Notice>
      )}
      <ReportWorkflow
        report={report}
        onDone={(message) => {
          setResult(message);
          requestAnimationFrame(() => resultRef.current?.focus());
        }}
      />
      <nav className="report-links" aria-label="About this report">
        <ul>
          <li>
            <Link to={`/reports/${report.id}/history`}>History and changes</Link>
          </li>
          <li>
            <a href={exportUrl('pdf')} download>
              Download as PDF
            </a>
          </li>
          <li>
            <a href={exportUrl('docx')} download>
              Download as Word (DOCX)
            </a>
          </li>
          {report.threadId && (
            <li>
              <Link to={`/discussions/${report.threadId}`}>Discuss this report</Link>
            </li>
          )}
        </ul>
      </nav>
      <nav className="report-toc" aria-label="Sections">
        <ol>
          <li>
            <a href={`#${SECTION_ANCHORS.summary}`}>Summary</a>
          </li>
          <li>
            <a href={`#${SECTION_ANCHORS.measures}`}>Measures ({report.measures.length})</a>
          </li>
          <li>
            <a href={`#${SECTION_ANCHORS.goodPractices}`}>Good practices</a>
          </li>
          <li>
            <a href={`#${SECTION_ANCHORS.gaps}`}>Gaps ({report.gaps.length})</a>
          </li>
          <li>
            <a href={`#${SECTION_ANCHORS.nextSteps}`}>Next steps</a>
          </li>
          <li>
            <a href="#attachments">Attached files ({report.attachments.length})</a>
          </li>
        </ol>
      </nav>
      <ReportSection anchor={SECTION_ANCHORS.summary} title="Summary">
        <RenderedSection text={report.summary} empty="No summary yet." />
      </ReportSection>
      <ReportSection anchor={SECTION_ANCHORS.measures} title="Measures">
        <MeasureList measures={report.measures} reference={reference} />
      </ReportSection>
      <ReportSection anchor={SECTION_ANCHORS.goodPractices} title="Good practices">
        <RenderedSection text={report.goodPractices} empty="No good practices reported." />
      </ReportSection>
      <ReportSection anchor={SECTION_ANCHORS.gaps} title="Gaps">
        <GapList gaps={report.gaps} reference={reference} />
      </ReportSection>
      <ReportSection anchor={SECTION_ANCHORS.nextSteps} title="Next steps">
        <RenderedSection text={report.nextSteps} empty="No next steps given." />
      </ReportSection>
      <Attachments report={report} />
      {report.comments.length > 0 && (
        <section className="report-section report-review" aria-labelledby="review-heading">
          <h2 id="review-heading">Review</h2>
          <ol className="review-comments">
            {report.comments.map((comment) => (
              <li key={comment.id} className="review-comment">
                <p className="review-comment__meta">
                  {comment.kind === 'RETURNED' ? 'Returned by ' : 'Comment by '}
                  {comment.author ? <PersonName person={comment.author} /> : 'a former member'},{' '}
                  <RelativeTime iso={comment.createdAt} />
                </p>
                <p className="review-comment__body">{comment.body}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

function Attachments({ report }: { report: ReportDetail }) {
  const queryClient = useQueryClient();
  const remove = useRemoveAttachment(report.id);
  const announce = useAnnounce();
  const [removing, setRemoving] = useState<string[]>([]);
  return (
    <section
      className="report-section report-attachments"
      aria-labelledby="attachments-heading"
      id="attachments"
    >
      <h2 id="attachments-heading">Attached files</h2>
      <AttachmentList
        attachments={report.attachments}
        label="Files attached to the report"
        emptyText="No files are attached."
        removing={removing}
        onRemove={
          report.actions.attach
            ? (attachmentId) => {
                const name =
                  report.attachments.find((file) => file.id === attachmentId)?.fileName ?? 'The file';
                setRemoving((current) => [...current, attachmentId]);
                remove.mutate(attachmentId, {
                  onSuccess: () => announce(`${name} removed.`),
                  onSettled: () => setRemoving((current) => current.filter((id) => id !== attachmentId)),
                });
              }
            : undefined
        }
      />
      {remove.isError && (
        <Notice tone="error" live>
          <p>{describeError(remove.error)}</p>
        </Notice>
      )}
      {report.actions.attach && (
        <div className="no-print">
          <AttachmentUpload
            uploadUrl={`/v1/reports/${report.id}/attachments`}
            onUploaded={() => void queryClient.invalidateQueries({ queryKey: reportKey(report.id) })}
          />
        </div>
      )}
    </section>
  );
}
