import type { MeetingDetail, MinutesView } from '@egcc/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../../../shared/api/client';
import { Button, SubmitButton } from '../../../../shared/ui/form';
import { MarkdownEditor, MarkdownHint } from '../../../../shared/ui/markdown/MarkdownEditor';
import { Notice } from '../../../../shared/ui/Notice';
import { useAgenda } from '../../api/get-agenda';
import { minutesQuery, staleMinutesVersion, useChangeMinutes } from '../../api/minutes';
import { MinutesWorkflow } from './MinutesWorkflow';

const GENERAL = 'general';

type Texts = Record<string, string>;

/** What each part says now: keyed by agenda item id, or "general" for the general part. */
function textsOf(minutes: MinutesView | null): Texts {
  const texts: Texts = {};
  for (const entry of minutes?.entries ?? []) texts[entry.agendaItemId ?? GENERAL] = entry.body.markdown;
  return texts;
}

const sameTexts = (a: Texts, b: Texts) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].every(
    (key) => (a[key] ?? '').trim() === (b[key] ?? '').trim(),
  );

/**
 * The chair's editor: a Markdown text for the general part and for each agenda item, saved
 * together as one version. A save based on an older version than the stored one is refused;
 * the text typed here stays until the member chooses to load the newer version.
 */
export function MinutesEditor({ meeting, minutes }: { meeting: MeetingDetail; minutes: MinutesView | null }) {
  const { data: agenda } = useAgenda(meeting.id);
  const queryClient = useQueryClient();
  const save = useChangeMinutes(meeting.id);
  const [saved, setSaved] = useState<Texts>(() => textsOf(minutes));
  const [values, setValues] = useState<Texts>(saved);
  const [version, setVersion] = useState<number | null>(minutes?.version ?? null);
  const [result, setResult] = useState<string | null>(null);
  const [stale, setStale] = useState<number | null>(null);
  const dirty = !sameTexts(values, saved);
  // Circulating or approving makes a new version of the same text: the next save builds on it.
  // A version with other text (someone else's save) is left for the stale-save check to report.
  const [seen, setSeen] = useState(minutes?.version ?? null);
  if ((minutes?.version ?? null) !== seen) {
    setSeen(minutes?.version ?? null);
    if (minutes && sameTexts(textsOf(minutes), saved)) setVersion(minutes.version);
  }

  const parts = [
    { key: GENERAL, agendaItemId: null, label: 'General part' },
    ...agenda.items.map((item) => ({
      key: item.id,
      agendaItemId: item.id,
      label: `${item.position}. ${item.title}`,
    })),
  ];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    setStale(null);
    const sent = { ...values };
    save.mutate(
      {
        step: 'save',
        body: {
          version: version ?? 1,
          entries: parts
            .map((part) => ({ agendaItemId: part.agendaItemId, body: (sent[part.key] ?? '').trim() }))
            .filter((entry) => entry.body !== ''),
        },
      },
      {
        onSuccess: (next) => {
          setVersion(next.version);
          setSaved(sent);
          setResult(`The minutes are saved as version ${next.version}.`);
        },
        onError: (error) => setStale(staleMinutesVersion(error)),
      },
    );
  };

  const loadLatest = async () => {
    const latest = await queryClient.fetchQuery({ ...minutesQuery(meeting.id), staleTime: 0 });
    const texts = textsOf(latest);
    setSaved(texts);
    setValues(texts);
    setVersion(latest?.version ?? null);
    setStale(null);
    save.reset();
    setResult(`Version ${latest?.version ?? 1} is loaded.`);
  };

  return (
    <>
      <form className="form minutes-editor" noValidate onSubmit={onSubmit} aria-label="Minutes">
        <p className="field__hint">
          Write the minutes of each agenda item; parts left empty are left out.{' '}
          <MarkdownHint mentions={false} />
        </p>
        {parts.map((part) => (
          <MarkdownEditor
            key={part.key}
            id={`minutes-${part.key}`}
            name={`minutes-${part.key}`}
            label={part.label}
            value={values[part.key] ?? ''}
            error={undefined}
            onChange={(text) => setValues((current) => ({ ...current, [part.key]: text }))}
            mentions={false}
            hint={
              part.key === GENERAL
                ? 'Who attended, opening remarks, anything not on an agenda item.'
                : 'What was presented, discussed and agreed.'
            }
            optional
            rows={5}
          />
        ))}
        <div className="button-group">
          <SubmitButton pending={save.isPending} pendingLabel="Saving the minutes…">
            Save the minutes
          </SubmitButton>
          {dirty && <span className="minutes__unsaved">You have unsaved changes.</span>}
        </div>
      </form>
      <div role="status">
        {result && !save.isError && (
          <Notice tone="success">
            <p>{result}</p>
          </Notice>
        )}
      </div>
      {save.isError && (
        <Notice tone="error" live title={stale ? 'Someone else saved the minutes meanwhile' : undefined}>
          <p>
            {stale
              ? `They are now at version ${stale}; your text is still here and was not saved. Load the latest version to continue from it (your unsaved text is then replaced), or copy your text first.`
              : describeError(save.error)}
          </p>
          {stale && (
            <Button variant="secondary" onClick={() => void loadLatest()}>
              Load the latest version
            </Button>
          )}
        </Notice>
      )}
      {minutes && <MinutesWorkflow meeting={meeting} minutes={minutes} dirty={dirty} />}
    </>
  );
}
