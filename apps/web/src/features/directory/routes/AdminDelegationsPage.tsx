import { CreateDelegationRequest, type DelegationKind } from '@egcc/contracts';
import { Link, useNavigate } from 'react-router';
import { delegationsQuery, useDelegationsSuspense } from '../../../shared/api/get-delegations';
import type { LoaderFactory } from '../../../shared/api/loader';
import { ErrorSummary, SelectField, SubmitButton, TextField, useForm } from '../../../shared/ui/form';
import { DELEGATION_KIND_LABELS } from '../../../shared/ui/labels';
import type { FlashState } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useCreateDelegation } from '../api/create-delegation';
import { DelegationStatus } from '../components/DelegationStatus';

export const adminDelegationsLoader: LoaderFactory = (queryClient) => async () => {
  await queryClient.ensureQueryData(delegationsQuery());
  return null;
};

const KINDS: DelegationKind[] = ['MEMBER_STATE', 'INSTITUTION'];

/** The delegations, to manage: open one to edit it, its status or its ministries; add a new one. */
export function AdminDelegationsPage() {
  usePageTitle('Delegations');
  const { data: delegations } = useDelegationsSuspense();
  return (
    <article className="page">
      <h1>Delegations</h1>
      <div className="table-wrapper">
        <table className="table">
          <caption className="visually-hidden">Delegations</caption>
          <thead>
            <tr>
              <th scope="col">Delegation</th>
              <th scope="col">Code</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
              <th scope="col">Members</th>
              <th scope="col">Ministries</th>
            </tr>
          </thead>
          <tbody>
            {delegations.map((delegation) => (
              <tr key={delegation.id}>
                <th scope="row">
                  <Link to={`/admin/delegations/${delegation.code}`}>{delegation.name}</Link>
                </th>
                <td>
                  <code>{delegation.code}</code>
                </td>
                <td>{DELEGATION_KIND_LABELS[delegation.kind]}</td>
                <td>
                  <DelegationStatus delegation={delegation} />
                </td>
                <td>{delegation.memberCount}</td>
                <td>{delegation.ministries.filter((ministry) => !ministry.archived).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NewDelegation />
    </article>
  );
}

function NewDelegation() {
  const create = useCreateDelegation();
  const navigate = useNavigate();
  const form = useForm({
    id: 'new-delegation',
    initialValues: { code: '', name: '', nativeName: '', kind: '' },
    fields: {
      code: {
        label: 'Code',
        required: 'Enter a code for the delegation',
        invalid: 'Enter a code of 2 to 8 letters, like "dk"',
      },
      name: { label: 'Name in English', required: 'Enter the name of the delegation in English' },
      nativeName: { label: 'Native name' },
      kind: { label: 'Kind', required: 'Choose whether it is a member state or an institution' },
    },
    schema: CreateDelegationRequest,
    onSubmit: async (request) => {
      const delegation = await create.mutateAsync(request);
      const state: FlashState = { flash: `The delegation of ${delegation.name} has been added.` };
      await navigate(`/admin/delegations/${delegation.code}`, { state });
    },
  });
  return (
    <section aria-labelledby="new-delegation-heading" className="section">
      <h2 id="new-delegation-heading">Add a delegation</h2>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <TextField
          {...form.field('code')}
          width="code"
          autoComplete="off"
          spellCheck={false}
          hint="2 to 8 letters, used in addresses: the country code for a member state, like dk."
        />
        <TextField {...form.field('name')} autoComplete="off" />
        <TextField {...form.field('nativeName')} optional autoComplete="off" hint="For example, Danmark." />
        <SelectField
          {...form.field('kind')}
          placeholder="Choose"
          options={KINDS.map((kind) => ({ value: kind, label: DELEGATION_KIND_LABELS[kind] }))}
        />
        <SubmitButton pending={form.pending} pendingLabel="Adding…">
          Add the delegation
        </SubmitButton>
      </form>
    </section>
  );
}
