import type { CurrentSession } from '@egcc/contracts';
import { abilityFromRules, type AppAbility, type PolicyRule } from '@egcc/policy';
import { useMemo } from 'react';
import { useSession } from './session';

const NOBODY: AppAbility = abilityFromRules([]);

/** The member's permissions, from the same policy rules the API enforces. */
export function abilityOf(session: CurrentSession | null | undefined): AppAbility {
  if (!session) return NOBODY;
  // The contract's PermissionRule is the wire form of the policy's rules.
  return abilityFromRules(session.permissions as PolicyRule[]);
}

export function useAbility(): AppAbility {
  const { data: session } = useSession();
  return useMemo(() => abilityOf(session), [session]);
}

/** Whether any part of the Admin section is open to the member. */
export function canAdminister(ability: AppAbility): boolean {
  return (
    ability.can('readPrivate', 'Member') ||
    ability.can('read', 'Invitation') ||
    ability.can('create', 'Delegation') ||
    ability.can('read', 'AuditEvent') ||
    ability.can('read', 'OutboxMessage')
  );
}
