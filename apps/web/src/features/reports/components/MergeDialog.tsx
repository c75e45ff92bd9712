import type { ReportDetail, ReportSectionKey } from '@egcc/contracts';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { RadioGroup } from '../../../shared/ui/form';
import type { MergeChoice, SectionMerge } from './report-content';

export interface MergeState {
  latest: ReportDetail;
  plan: SectionMerge[];
  choices: Record<ReportSectionKey, MergeChoice>;
}

function whoChanged(section: SectionMerge): string {
  if (section.mineChanged && section.theirsChanged) return 'You both changed this section.';
  if (section.mineChanged) return 'You changed this section; the newer version did not.';
  return 'The newer version changed this section; you did not.';
}

/**
 * After a stale save: someone saved a newer version. For each section where theirs and
 * the member's now differ, the member keeps theirs or their own (suggested: their own where
 * they changed it, theirs elsewhere); the merged report is then saved against the newer version.
 */
export function MergeDialog({
  merge,
  baseVersion,
  pending,
  error,
  onChoose,
  onConfirm,
  onCancel,
}: {
  merge: MergeState | null;
  baseVersion: number;
  pending: boolean;
  error: string | null;
  onChoose: (key: ReportSectionKey, choice: MergeChoice) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const latest = merge?.latest;
  const differing = merge?.plan.filter((section) => section.differ) ?? [];
  const same = merge?.plan.filter((section) => !section.differ) ?? [];
  const by = latest?.updatedBy?.name ?? 'another member';
  return (
    <ConfirmDialog
      open={merge !== null}
      title={latest ? `Someone saved a newer version (v${latest.version} by ${by})` : ''}
      confirmLabel="Save the merged report"
      pendingLabel="Saving…"
      cancelLabel="Cancel, keep editing"
      tone="primary"
      pending={pending}
      error={error}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {latest && (
        <div className="merge">
          <p>
            You started from version {baseVersion}; your changes are not saved yet. Choose what to keep in
            each section, then save: the result becomes version {latest.version + 1}.
          </p>
          {same.length > 0 && (
            <p className="merge__same">
              The same in both: {same.map((section) => section.label).join(', ')}.
            </p>
          )}
          {differing.length === 0 ? (
            <p>No section differs: saving keeps everything as it is.</p>
          ) : (
            differing.map((section) => (
              <RadioGroup
                key={section.key}
                id={`merge-${section.key}`}
                name={`merge-${section.key}`}
                label={section.label}
                hint={whoChanged(section)}
                error={undefined}
                value={merge?.choices[section.key] ?? section.suggested}
                onChange={(choice) => onChoose(section.key, choice as MergeChoice)}
                inline
                options={[
                  { value: 'theirs', label: `Keep theirs (version ${latest.version})` },
                  { value: 'mine', label: 'Keep mine' },
                ]}
              />
            ))
          )}
        </div>
      )}
    </ConfirmDialog>
  );
}
