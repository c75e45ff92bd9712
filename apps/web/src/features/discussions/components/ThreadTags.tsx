import type { DelegationSummary, ReferenceData } from '@egcc/contracts';
import { Link } from 'react-router';
import { referenceLabels } from '../../../shared/api/get-reference';

export interface Tagged {
  focusAreas: readonly string[];
  gapKinds: readonly string[];
  delegations: readonly string[];
}

/** A thread's tags as chips; each leads to the threads with that tag. */
export function ThreadTags({
  thread,
  reference,
  delegations,
}: {
  thread: Tagged;
  reference: ReferenceData;
  delegations: readonly DelegationSummary[];
}) {
  const labels = referenceLabels(reference);
  const delegationName = (code: string) =>
    delegations.find((delegation) => delegation.code === code)?.name ?? code.toUpperCase();
  const tags = [
    ...thread.focusAreas.map((code) => ({
      key: `f-${code}`,
      kind: 'Focus area',
      label: labels.focusArea(code),
      to: `/discussions?focusArea=${encodeURIComponent(code)}`,
      tone: 'focus',
    })),
    ...thread.gapKinds.map((code) => ({
      key: `g-${code}`,
      kind: 'Gap',
      label: `${labels.gapKind(code)} gap`,
      to: `/discussions?gapKind=${encodeURIComponent(code)}`,
      tone: 'gap',
    })),
    ...thread.delegations.map((code) => ({
      key: `d-${code}`,
      kind: 'Delegation',
      label: delegationName(code),
      to: `/discussions?delegation=${encodeURIComponent(code)}`,
      tone: 'delegation',
    })),
  ];
  if (tags.length === 0) return null;
  return (
    <ul className="tags" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag.key}>
          <Link className={`tag tag--${tag.tone}`} to={tag.to}>
            <span className="visually-hidden">{tag.kind}: </span>
            {tag.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** "Kadri Tamm (Estonia)"; someone no longer in the directory stays "A former member". */
export function PersonName({
  person,
}: {
  person: { name: string; delegation: { name: string } | null } | null;
}) {
  if (!person) return <>A former member</>;
  return (
    <>
      <span className="person__name">{person.name}</span>
      {person.delegation && <span className="person__delegation"> ({person.delegation.name})</span>}
    </>
  );
}
