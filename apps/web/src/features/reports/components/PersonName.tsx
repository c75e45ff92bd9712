/** A member's name and delegation, as next to what they did; a deleted member stays "a former member". */
export function PersonName({
  person,
}: {
  person: { name: string; delegation: { name: string } | null } | null;
}) {
  if (!person) return <>a former member</>;
  return (
    <>
      <span className="person__name">{person.name}</span>
      {person.delegation && <span className="person__delegation"> ({person.delegation.name})</span>}
    </>
  );
}
