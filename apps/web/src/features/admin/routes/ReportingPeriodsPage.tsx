import {
  CreateReportingPeriodRequest,
  problemType,
  type ReportingPeriod,
  UpdateReportingPeriodRequest,
} from '@egcc/contracts';
import { Fragment, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/client';
import type { LoaderFactory } from '../../../shared/api/loader';
import { abilityOf } from '../../../shared/session/ability';
import { sessionQuery } from '../../../shared/session/session';
import {
  Button,
  DateField,
  ErrorSummary,
  type Form,
  type FormSchema,
  SubmitButton,
  TextField,
  useForm,
} from '../../../shared/ui/form';
import { formatDate } from '../../../shared/ui/format';
import { Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useCreateReportingPeriod } from '../api/create-reporting-period';
import { reportingPeriodsQuery, useReportingPeriods } from '../api/get-reporting-periods';
import { useUpdateReportingPeriod } from '../api/update-reporting-period';

/** Every member may read the periods; only the secretariat manages them, so the page says so first. */
export const reportingPeriodsLoader: LoaderFactory = (queryClient) => async () => {
  const session = await queryClient.ensureQueryData(sessionQuery());
  if (!abilityOf(session).can('create', 'ReportingPeriod')) {
    throw new ApiError({
      type: problemType('FORBIDDEN'),
      title: 'Forbidden',
      status: 403,
      code: 'FORBIDDEN',
      requestId: '',
    });
  }
  await queryClient.ensureQueryData(reportingPeriodsQuery());
  return null;
};

const newestFirst = (periods: readonly ReportingPeriod[]) =>
  [...periods].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.code.localeCompare(b.code));

type Message = { tone: 'success' | 'error'; text: string };

/** The reporting periods (half-years by default) that reports are filed for: list, add, edit. */
export function ReportingPeriodsPage() {
  usePageTitle('Reporting periods');
  const { data } = useReportingPeriods();
  const periods = newestFirst(data);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());

  const closeEditor = (id: string) => {
    setEditing(null);
    // Back where the member started, so the keyboard does not lose its place.
    requestAnimationFrame(() => editButtons.current.get(id)?.focus());
  };

  return (
    <article className="page">
      <h1>Reporting periods</h1>
      <p>
        Delegations file one national report per period. The due date is shown to delegates when they start a
        report.
      </p>
      {message && (
        <Notice tone={message.tone} live>
          <p>{message.text}</p>
        </Notice>
      )}
      {periods.length === 0 ? (
        <p>There are no reporting periods yet.</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">Reporting periods, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Label</th>
                <th scope="col">Starts</th>
                <th scope="col">Ends</th>
                <th scope="col">Reports due</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => {
                const open = editing === period.id;
                return (
                  <Fragment key={period.id}>
                    <tr>
                      <th scope="row">
                        <code>{period.code}</code>
                      </th>
                      <td>{period.label}</td>
                      <td>{formatDate(period.startsOn)}</td>
                      <td>{formatDate(period.endsOn)}</td>
                      <td>{period.dueOn ? formatDate(period.dueOn) : <span>Not set</span>}</td>
                      <td>
                        <Button
                          ref={(button) => {
                            if (button) editButtons.current.set(period.id, button);
                            else editButtons.current.delete(period.id);
                          }}
                          variant="secondary"
                          aria-expanded={open}
                          aria-controls={open ? `edit-period-${period.id}` : undefined}
                          onClick={() => {
                            setMessage(null);
                            if (open) closeEditor(period.id);
                            else setEditing(period.id);
                          }}
                        >
                          {open ? 'Close' : 'Edit'}
                          <span className="visually-hidden"> {period.code}</span>
                        </Button>
                      </td>
                    </tr>
                    {open && (
                      <tr>
                        <td colSpan={6} id={`edit-period-${period.id}`}>
                          <EditPeriod
                            period={period}
                            onSaved={(saved) => {
                              setMessage({ tone: 'success', text: `${saved.code} has been saved.` });
                              closeEditor(period.id);
                            }}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <NewPeriod
        onAdded={(period) => setMessage({ tone: 'success', text: `${period.code} has been added.` })}
      />
    </article>
  );
}

/** The form's values; `code` only when adding (it cannot change). */
interface PeriodValues extends Record<string, unknown> {
  code: string;
  label: string;
  startsOn: string;
  endsOn: string;
  dueOn: string;
}

const DATE_FIELDS = {
  label: {
    label: 'Label',
    required: 'Enter a label, like "Second half of 2026"',
  },
  startsOn: {
    label: 'First day',
    required: 'Enter the first day of the period',
    invalid: 'Enter the first day as a date, like 2026-07-01',
  },
  endsOn: { label: 'Last day', required: 'Enter the last day of the period' },
  dueOn: { label: 'Reports due', invalid: 'Enter the due date as a date, like 2027-01-31' },
};

/** The fields both forms share: "" for a due date means none. */
function PeriodFields({ form }: { form: Form<PeriodValues> }) {
  return (
    <>
      <TextField
        {...form.field('label')}
        autoComplete="off"
        hint="Shown to members, e.g. Second half of 2026."
      />
      <DateField {...form.field('startsOn')} />
      <DateField {...form.field('endsOn')} min={form.values.startsOn || undefined} />
      <DateField
        {...form.field('dueOn')}
        optional
        min={form.values.endsOn || undefined}
        hint="When delegations should have submitted their reports."
      />
    </>
  );
}

function NewPeriod({ onAdded }: { onAdded(period: ReportingPeriod): void }) {
  const create = useCreateReportingPeriod();
  const [formKey, setFormKey] = useState(0);
  return (
    <section aria-labelledby="new-period-heading" className="section">
      <h2 id="new-period-heading">Add a reporting period</h2>
      <NewPeriodForm
        key={formKey}
        submit={async (request) => {
          const period = await create.mutateAsync(request);
          setFormKey((key) => key + 1);
          onAdded(period);
        }}
      />
    </section>
  );
}

/** The API's 409 for a code in use concerns the Code field: shown there, not only above the form. */
function codeTaken(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.status !== 409 || error.problem.errors?.length) return error;
  return new ApiError({
    ...error.problem,
    errors: [{ in: 'body', pointer: '/code', detail: error.problem.detail ?? 'is in use', code: 'taken' }],
  });
}

function NewPeriodForm({ submit }: { submit(request: CreateReportingPeriodRequest): Promise<void> }) {
  const form = useForm<PeriodValues, unknown>({
    id: 'new-period',
    initialValues: { code: '', label: '', startsOn: '', endsOn: '', dueOn: '' },
    fields: {
      code: {
        label: 'Code',
        required: 'Enter a code for the period, like 2026-H2',
      },
      ...DATE_FIELDS,
    },
    toRequest: (values) => ({ ...values, dueOn: values.dueOn || null }),
    schema: CreateReportingPeriodRequest as FormSchema<unknown>,
    onSubmit: async (request) => {
      try {
        await submit(request as CreateReportingPeriodRequest);
      } catch (error) {
        throw codeTaken(error);
      }
    },
  });
  return (
    <>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <TextField
          {...form.field('code')}
          width="short"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          hint="3 to 20 letters, digits or dashes, used in addresses, e.g. 2026-H2. It cannot be changed later."
        />
        <PeriodFields form={form} />
        <SubmitButton pending={form.pending} pendingLabel="Adding…">
          Add the period
        </SubmitButton>
      </form>
    </>
  );
}

function EditPeriod({
  period,
  onSaved,
}: {
  period: ReportingPeriod;
  onSaved(period: ReportingPeriod): void;
}) {
  const update = useUpdateReportingPeriod();
  const form = useForm<PeriodValues, unknown>({
    id: `period-${period.id}`,
    initialValues: {
      code: period.code,
      label: period.label,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      dueOn: period.dueOn ?? '',
    },
    fields: { code: { label: 'Code' }, ...DATE_FIELDS },
    toRequest: ({ code: _code, ...values }) => ({ ...values, dueOn: values.dueOn || null }),
    schema: UpdateReportingPeriodRequest as FormSchema<unknown>,
    onSubmit: async (request) => {
      const saved = await update.mutateAsync({
        id: period.id,
        body: request as UpdateReportingPeriodRequest,
      });
      onSaved(saved);
    },
  });
  return (
    <div className="period-editor">
      <h2 className="period-editor__heading">
        Edit <code>{period.code}</code>
      </h2>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <PeriodFields form={form} />
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Save {period.code}
        </SubmitButton>
      </form>
    </div>
  );
}
