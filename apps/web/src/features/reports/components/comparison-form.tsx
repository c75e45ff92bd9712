import type { ReportDelegation } from '@egcc/contracts';
import { useNavigate } from 'react-router';
import { CheckboxGroup, ErrorSummary, SubmitButton, useForm } from '../../../shared/ui/form';

/** At most as many as the API compares at once. */
export const MAX_COMPARED = 12;

/** "/reports/compare?period=2026-H1&delegations=dk,ee" (commas kept readable). */
export const comparisonPath = (period: string, delegations: readonly string[]) =>
  `/reports/compare?period=${encodeURIComponent(period)}&delegations=${delegations
    .map(encodeURIComponent)
    .join(',')}`;

/**
 * Choose delegations that published a report for the period, and open their reports side by
 * side. The choice lives in the address, so it can be shared and Back returns to it.
 */
export function ComparisonForm({
  id,
  period,
  delegations,
  chosen = [],
  submitLabel = 'Compare',
}: {
  id: string;
  period: string;
  /** The delegations that can be compared, in the order to offer them. */
  delegations: readonly ReportDelegation[];
  chosen?: readonly string[];
  submitLabel?: string;
}) {
  const navigate = useNavigate();
  const form = useForm<{ delegations: string[] }, { delegations: string[] }>({
    id,
    initialValues: { delegations: chosen.filter((code) => delegations.some((d) => d.code === code)) },
    fields: {
      delegations: { label: 'Delegations', required: 'Choose two or more delegations to compare' },
    },
    validate: ({ delegations: picked }) => {
      if (picked.length === 1) return { delegations: 'Choose at least one more delegation to compare' };
      if (picked.length > MAX_COMPARED) return { delegations: `Choose at most ${MAX_COMPARED} delegations` };
      return {};
    },
    onSubmit: async ({ delegations: picked }) => {
      // In the order offered, whatever order they were ticked in.
      const ordered = delegations.map((d) => d.code).filter((code) => picked.includes(code));
      await navigate(comparisonPath(period, ordered));
    },
  });
  return (
    <>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <CheckboxGroup
          {...form.field('delegations')}
          legend="Delegations to compare"
          hint={`Delegations that have published their report for this period. Choose two to ${MAX_COMPARED}.`}
          options={delegations.map((delegation) => ({ value: delegation.code, label: delegation.name }))}
        />
        <SubmitButton pending={form.pending} pendingLabel="Opening…">
          {submitLabel}
        </SubmitButton>
      </form>
    </>
  );
}
