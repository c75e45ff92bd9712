import type { DelegationSummary, Role } from '@egcc/contracts';
import { CheckboxGroup, type FieldProps, type Option, SelectField } from './form';
import { MEMBERSHIP_STATUS, ROLE_LABELS, ROLE_ORDER } from './labels';

/** What each role means, and the rules the API enforces, said beside the checkboxes. */
const ROLE_HINTS: Record<Role, string> = {
  ADMIN: "Staff of the Children's Unit: manage members, delegations, the audit log and the outbox.",
  CHAIR:
    'Chairs the group and its meetings. A chair is also a delegate of their own delegation: tick Delegate too.',
  DELEGATE: "A senior official of a member state's ministry; belongs to that member state's delegation.",
  OBSERVER:
    'The European Commission or an invited observer: reads and takes part, never files national reports. Not together with Delegate or Chair.',
};

export const ROLE_OPTIONS: Option[] = ROLE_ORDER.map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
  hint: ROLE_HINTS[role],
}));

export interface PlacementValues {
  roles: string[];
  delegationId: string;
  ministryId: string;
}

/**
 * The API's placement rules (apps/api members/member-rules.ts), checked before sending so
 * that the form can say what is wrong at once; the API checks them again.
 */
export function placementErrors(
  values: PlacementValues,
  delegations: readonly DelegationSummary[],
  options: { requireActiveDelegation: boolean },
): Partial<Record<keyof PlacementValues, string>> {
  const errors: Partial<Record<keyof PlacementValues, string>> = {};
  const roles = new Set(values.roles);
  if (roles.has('CHAIR') && !roles.has('DELEGATE')) {
    errors.roles = 'A chair is also a delegate of their own delegation: tick Delegate too';
  } else if (roles.has('OBSERVER') && (roles.has('DELEGATE') || roles.has('CHAIR'))) {
    errors.roles = 'An observer cannot also be a delegate or the chair';
  }
  const delegation = delegations.find((candidate) => candidate.id === values.delegationId);
  if (roles.has('DELEGATE') && !values.delegationId) {
    errors.delegationId = 'Choose the delegation of the delegate';
  } else if (roles.has('DELEGATE') && delegation && delegation.kind !== 'MEMBER_STATE') {
    errors.delegationId = "A delegate belongs to a member state's delegation";
  } else if (options.requireActiveDelegation && delegation && delegation.membershipStatus !== 'ACTIVE') {
    errors.delegationId = 'This delegation does not take part in the group at present';
  }
  if (values.ministryId && !delegation?.ministries.some((ministry) => ministry.id === values.ministryId)) {
    errors.ministryId = "Choose a ministry of the member's delegation";
  }
  return errors;
}

/** Roles, delegation and ministry: the ministry list follows the chosen delegation. */
export function PlacementFields({
  roles,
  delegationId,
  ministryId,
  delegations,
  rolesLocked,
  requireActiveDelegation,
}: {
  roles: FieldProps<string[]>;
  delegationId: FieldProps<string>;
  ministryId: FieldProps<string>;
  delegations: readonly DelegationSummary[];
  /** Shown instead of the checkboxes when the roles may not be changed (one's own). */
  rolesLocked?: string;
  requireActiveDelegation: boolean;
}) {
  const delegation = delegations.find((candidate) => candidate.id === delegationId.value);
  const ministries = (delegation?.ministries ?? []).filter(
    (ministry) => !ministry.archived || ministry.id === ministryId.value,
  );
  const delegationOptions: Option[] = delegations.map((candidate) => ({
    value: candidate.id,
    label:
      candidate.membershipStatus === 'ACTIVE'
        ? candidate.name
        : `${candidate.name} (${MEMBERSHIP_STATUS[candidate.membershipStatus].label.toLowerCase()})`,
    disabled:
      requireActiveDelegation &&
      candidate.membershipStatus !== 'ACTIVE' &&
      candidate.id !== delegationId.value,
  }));

  return (
    <>
      {rolesLocked ? (
        <div className="field">
          <p className="field__label" id={roles.id}>
            {roles.label}
          </p>
          <p className="field__hint">{rolesLocked}</p>
        </div>
      ) : (
        <CheckboxGroup {...roles} options={ROLE_OPTIONS} hint="Choose every role the member holds." />
      )}
      <SelectField
        {...delegationId}
        onChange={(value) => {
          delegationId.onChange(value);
          // A ministry belongs to one delegation.
          if (value !== delegationId.value) ministryId.onChange('');
        }}
        options={delegationOptions}
        placeholder="No delegation (secretariat)"
        hint="Delegates and the chair belong to a member state's delegation; observers usually to the European Commission."
      />
      <SelectField
        {...ministryId}
        options={ministries.map((ministry) => ({ value: ministry.id, label: ministry.name }))}
        placeholder={delegation ? 'No ministry' : 'Choose a delegation first'}
        optional
        disabled={!delegation}
        hint="The ministry that appointed the member, if any."
      />
    </>
  );
}
