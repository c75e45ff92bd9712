import {
  type ReferenceData,
  type ReportContent,
  type ReportDetail,
  type ReportSectionKey,
  SaveReportRequest,
} from '@egcc/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useBlocker, useParams } from 'react-router';
import { ApiError, describeError } from '../../../shared/api/client';
import { referenceQuery, useReference } from '../../../shared/api/get-reference';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useAnnounce } from '../../../shared/ui/Announcer';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { CheckboxGroup, ErrorSummary, SelectField, SubmitButton, TextField } from '../../../shared/ui/form';
import { MarkdownEditor } from '../../../shared/ui/markdown/MarkdownEditor';
import { Flash, Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { reportQuery, useReport } from '../api/get-report';
import { staleVersionOf, useSaveReport } from '../api/save-report';
import {
  editorErrors,
  type EditorErrors,
  itemFieldId,
  NO_ERRORS,
  pathOfPointer,
  SECTION_FIELD_IDS,
} from '../components/editor-errors';
import { MEASURE_STATUS_LABELS } from '../components/labels';
import { MergeDialog, type MergeState } from '../components/MergeDialog';
import { RepeatableList } from '../components/RepeatableList';
import {
  contentOf,
  draftOf,
  emptyGap,
  emptyMeasure,
  type GapDraft,
  hasChanges,
  type MeasureDraft,
  mergeContent,
  planMerge,
  type ReportDraft,
  requestOf,
  suggestedChoices,
} from '../components/report-content';
import '../components/reports.css';

export const editReportLoader: LoaderFactory =
  (queryClient) =>
  async ({ params }) => {
    await Promise.all([
      // Fresh: the editor starts from the version saved now.
      queryClient.fetchQuery({ ...reportQuery(params['id'] ?? ''), staleTime: 0 }),
      queryClient.ensureQueryData(referenceQuery()),
    ]);
    return null;
  };

/** The editor of a report's whole content, saved as one new version at a time. */
export function EditReportPage() {
  const id = useParams()['id'] ?? '';
  const { data: report } = useReport(id);
  usePageTitle(`Edit: ${report.title}`);
  return (
    <article className="page report-editor-page">
      <p className="breadcrumbs">
        <Link to="/reports">National reports</Link> <Link to={`/reports/${report.id}`}>{report.title}</Link>
      </p>
      <h1>Edit the report</h1>
      <Flash />
      {report.actions.edit ? (
        <ReportEditor report={report} />
      ) : (
        <Notice tone="info">
          <p>
            This report cannot be edited now: only its delegation edits it, and only while it is a draft.{' '}
            <Link to={`/reports/${report.id}`}>Back to the report</Link>
          </p>
        </Notice>
      )}
    </article>
  );
}

const sectionId = (key: ReportSectionKey) =>
  key === 'measures' || key === 'gaps' ? `edit-${key}` : SECTION_FIELD_IDS[key];

function ReportEditor({ report }: { report: ReportDetail }) {
  const { data: reference } = useReference();
  const queryClient = useQueryClient();
  const save = useSaveReport(report.id);
  const announce = useAnnounce();
  // What the editor started from: compared with to know what the member changed.
  const [base, setBase] = useState(() => ({ version: report.version, content: contentOf(report) }));
  const [draft, setDraft] = useState<ReportDraft>(() => draftOf(contentOf(report)));
  const [errors, setErrors] = useState<EditorErrors>(NO_ERRORS);
  const [focusSignal, setFocusSignal] = useState(0);
  const [saved, setSaved] = useState<number | null>(null);
  const [merge, setMerge] = useState<MergeState | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const pending = useRef(false);
  const dirty = hasChanges(draft, base.content);

  // Leaving with unsaved changes: asked first, in the portal and when closing the tab.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const showErrors = (next: EditorErrors) => {
    setErrors(next);
    setFocusSignal((signal) => signal + 1);
  };

  /** Saves `content` as based on `from` (the version and its content, to merge against if stale). */
  const send = async (content: ReportDraft, from: { version: number; content: ReportContent }) => {
    if (pending.current) return;
    const parsed = SaveReportRequest.safeParse({ ...requestOf(content), version: from.version });
    if (!parsed.success) {
      showErrors(editorErrors(parsed.error.issues, content));
      return;
    }
    pending.current = true;
    setProblem(null);
    try {
      const result = await save.mutateAsync(parsed.data);
      setBase({ version: result.version, content: contentOf(result) });
      setErrors(NO_ERRORS);
      setMerge(null);
      setSaved(result.version);
      announce(`Saved (version ${result.version}).`);
    } catch (error) {
      const current = staleVersionOf(error);
      if (current !== null) {
        let latest: ReportDetail;
        try {
          latest = await queryClient.fetchQuery({ ...reportQuery(report.id), staleTime: 0 });
        } catch (reload) {
          // Said, not thrown: the member's changes stay in the editor for another try.
          setMerge(null);
          setProblem(
            `Someone saved a newer version (version ${current}), and it could not be loaded to merge with yours: ${describeError(reload)} Your changes are still here; save again to retry.`,
          );
          return;
        }
        const plan = planMerge(from.content, content, contentOf(latest));
        setMerge({ latest, plan, choices: suggestedChoices(plan) });
      } else if (error instanceof ApiError && error.problem.errors?.length) {
        setMerge(null);
        showErrors(
          editorErrors(
            error.problem.errors.map((issue) => ({
              path: pathOfPointer(issue.pointer),
              code: issue.code,
              message: issue.detail,
            })),
            content,
          ),
        );
      } else {
        setProblem(describeError(error));
        setMerge(null);
      }
    } finally {
      pending.current = false;
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    void send(draft, base);
  };

  const saveMerged = () => {
    if (!merge) return;
    const theirs = { version: merge.latest.version, content: contentOf(merge.latest) };
    const merged = mergeContent(draft, theirs.content, merge.choices);
    // From now on the newer version is what the member builds on.
    setBase(theirs);
    setDraft(merged);
    void send(merged, theirs);
  };

  const set = <K extends keyof ReportDraft>(key: K) => ({
    value: draft[key],
    error: undefined as string | undefined,
    onChange: (value: ReportDraft[K]) => setDraft((current) => ({ ...current, [key]: value })),
  });
  const text = (key: 'title' | 'summary' | 'goodPractices' | 'nextSteps', label: string) => ({
    ...set(key),
    id: SECTION_FIELD_IDS[key],
    name: key,
    label,
    error: errors.byField[SECTION_FIELD_IDS[key]],
  });

  return (
    <>
      <p className="lead">
        {report.delegation.name}, {report.period?.label ?? report.meeting?.title}. Each save keeps a version
        in the report’s <Link to={`/reports/${report.id}/history`}>history</Link>. Long texts are Markdown.
      </p>
      <ErrorSummary id="report-editor-errors" items={errors.summary} focusSignal={focusSignal} />
      {problem && (
        <Notice tone="error" live>
          <p>{problem}</p>
        </Notice>
      )}
      <nav className="report-toc" aria-label="Sections of the report">
        <ol>
          {(['summary', 'measures', 'goodPractices', 'gaps', 'nextSteps'] as const).map((key) => (
            <li key={key}>
              <a href={`#${sectionId(key)}-section`}>
                {
                  {
                    summary: 'Summary',
                    measures: `Measures (${draft.measures.length})`,
                    goodPractices: 'Good practices',
                    gaps: `Gaps (${draft.gaps.length})`,
                    nextSteps: 'Next steps',
                  }[key]
                }
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <form className="form form--wide report-editor" noValidate onSubmit={onSubmit} aria-label="The report">
        <TextField {...text('title', 'Title')} hint="At least 5 characters." />
        <EditorSection id={`${sectionId('summary')}-section`} title="Summary">
          <MarkdownEditor
            {...text('summary', 'Summary')}
            mentions={false}
            rows={8}
            optional
            hint={<SectionHint>The main developments of the period, in a few paragraphs.</SectionHint>}
          />
        </EditorSection>
        <EditorSection id={`${sectionId('measures')}-section`} title="Measures">
          <p className="field__hint">Legislative, political and administrative measures taken, one by one.</p>
          <RepeatableList<MeasureDraft>
            items={draft.measures}
            onChange={(measures) => setDraft((current) => ({ ...current, measures }))}
            noun="measure"
            create={emptyMeasure}
            firstFieldId={(measure) => itemFieldId(measure.key, 'kind')}
            describe={(measure) => measure.title}
            emptyText="No measures yet."
            renderItem={(measure, _index, update) => (
              <MeasureFields measure={measure} update={update} reference={reference} errors={errors} />
            )}
          />
        </EditorSection>
        <EditorSection id={`${sectionId('goodPractices')}-section`} title="Good practices">
          <MarkdownEditor
            {...text('goodPractices', 'Good practices')}
            mentions={false}
            rows={6}
            optional
            hint={<SectionHint>What worked well and others could learn from.</SectionHint>}
          />
        </EditorSection>
        <EditorSection id={`${sectionId('gaps')}-section`} title="Gaps">
          <p className="field__hint">Gaps in services, expertise or capacity the delegation still faces.</p>
          <RepeatableList<GapDraft>
            items={draft.gaps}
            onChange={(gaps) => setDraft((current) => ({ ...current, gaps }))}
            noun="gap"
            create={emptyGap}
            firstFieldId={(gap) => itemFieldId(gap.key, 'kind')}
            emptyText="No gaps yet."
            renderItem={(gap, _index, update) => (
              <GapFields gap={gap} update={update} reference={reference} errors={errors} />
            )}
          />
        </EditorSection>
        <EditorSection id={`${sectionId('nextSteps')}-section`} title="Next steps">
          <MarkdownEditor
            {...text('nextSteps', 'Next steps')}
            mentions={false}
            rows={6}
            optional
            hint={<SectionHint>What the delegation plans for the next period.</SectionHint>}
          />
        </EditorSection>
        <div className="report-editor__save">
          <SubmitButton pending={save.isPending} pendingLabel="Saving…">
            Save
          </SubmitButton>
          {/* Said by the page's live region on saving; not live itself, or typing would be announced. */}
          <p className="report-editor__state">
            {saved !== null && !dirty
              ? `Saved (version ${saved}).`
              : dirty
                ? `Unsaved changes (based on version ${base.version}).`
                : `No changes since version ${base.version}.`}
          </p>
          <Link to={`/reports/${report.id}`}>Back to the report</Link>
        </div>
      </form>
      <MergeDialog
        merge={merge}
        baseVersion={base.version}
        pending={save.isPending}
        error={null}
        onChoose={(key, choice) =>
          setMerge((current) =>
            current ? { ...current, choices: { ...current.choices, [key]: choice } } : current,
          )
        }
        onConfirm={saveMerged}
        onCancel={() => setMerge(null)}
      />
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title="Leave without saving?"
        confirmLabel="Leave and lose the changes"
        cancelLabel="Stay and keep editing"
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        <p>Your changes since version {base.version} are not saved.</p>
      </ConfirmDialog>
    </>
  );
}

function SectionHint({ children }: { children: string }) {
  return (
    <>
      {children} Markdown: <code>**bold**</code>, <code>_italic_</code>, <code>[a link](https://…)</code>,{' '}
      <code>- list</code>.
    </>
  );
}

function EditorSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-editor__section" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

function MeasureFields({
  measure,
  update,
  reference,
  errors,
}: {
  measure: MeasureDraft;
  update: (patch: Partial<MeasureDraft>) => void;
  reference: ReferenceData;
  errors: EditorErrors;
}) {
  const common = (
    name: 'kind' | 'status' | 'title' | 'description' | 'focusAreas' | 'uncrcArticles',
    label: string,
  ) => ({
    id: itemFieldId(measure.key, name),
    name: `${measure.key}-${name}`,
    label,
    error: errors.byField[itemFieldId(measure.key, name)],
  });
  return (
    <div className="repeatable__fields">
      <div className="field-row">
        <SelectField
          {...common('kind', 'Kind')}
          value={measure.kind}
          onChange={(value) => update({ kind: value as MeasureDraft['kind'] })}
          placeholder="Choose a kind"
          options={reference.measureKinds.map((kind) => ({ value: kind.code, label: kind.name }))}
        />
        <SelectField
          {...common('status', 'Status')}
          value={measure.status}
          onChange={(value) => update({ status: value as MeasureDraft['status'] })}
          placeholder="Choose a status"
          options={Object.entries(MEASURE_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <TextField
        {...common('title', 'Title')}
        value={measure.title}
        onChange={(title) => update({ title })}
        hint="At least 3 characters."
      />
      <MarkdownEditor
        {...common('description', 'Description')}
        value={measure.description}
        onChange={(description) => update({ description })}
        mentions={false}
        rows={4}
        optional
      />
      <div className="checkbox-columns">
        <CheckboxGroup
          {...common('focusAreas', 'Focus areas')}
          value={measure.focusAreas}
          onChange={(focusAreas) => update({ focusAreas })}
          optional
          options={reference.focusAreas.map((area) => ({ value: area.code, label: area.name }))}
        />
      </div>
      <details className="details" open={measure.uncrcArticles.length > 0 || undefined}>
        <summary>
          UNCRC articles{' '}
          {measure.uncrcArticles.length > 0 ? `(${measure.uncrcArticles.length} chosen)` : '(none chosen)'}
        </summary>
        <div className="checkbox-columns">
          <CheckboxGroup
            {...common('uncrcArticles', 'UNCRC articles')}
            value={measure.uncrcArticles}
            onChange={(uncrcArticles) => update({ uncrcArticles })}
            optional
            options={reference.uncrcArticles.map((article) => ({
              value: String(article.number),
              label: `Article ${article.number}: ${article.title}`,
            }))}
          />
        </div>
      </details>
    </div>
  );
}

function GapFields({
  gap,
  update,
  reference,
  errors,
}: {
  gap: GapDraft;
  update: (patch: Partial<GapDraft>) => void;
  reference: ReferenceData;
  errors: EditorErrors;
}) {
  const common = (name: 'kind' | 'focusArea' | 'description', label: string) => ({
    id: itemFieldId(gap.key, name),
    name: `${gap.key}-${name}`,
    label,
    error: errors.byField[itemFieldId(gap.key, name)],
  });
  return (
    <div className="repeatable__fields">
      <div className="field-row">
        <SelectField
          {...common('kind', 'Kind')}
          value={gap.kind}
          onChange={(value) => update({ kind: value as GapDraft['kind'] })}
          placeholder="Choose a kind"
          options={reference.gapKinds.map((kind) => ({ value: kind.code, label: kind.name }))}
        />
        <SelectField
          {...common('focusArea', 'Focus area')}
          value={gap.focusArea}
          onChange={(value) => update({ focusArea: value })}
          placeholder="None"
          optional
          options={reference.focusAreas.map((area) => ({ value: area.code, label: area.name }))}
        />
      </div>
      <MarkdownEditor
        {...common('description', 'Description')}
        value={gap.description}
        onChange={(value) => update({ description: value })}
        mentions={false}
        rows={4}
        hint="At least 3 characters; Markdown."
      />
    </div>
  );
}
