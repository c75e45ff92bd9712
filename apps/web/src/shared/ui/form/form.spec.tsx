import { NewPassword } from '@egcc/contracts';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod';
import { ApiError } from '../../api/client';
import { CheckboxGroup, ErrorSummary, PasswordField, SubmitButton, TextField, useForm } from '.';
import { fieldMessage, fieldOfPointer } from './messages';

const Request = z.object({
  email: z
    .string()
    .trim()
    .pipe(z.email({ message: 'must be an e-mail address' })),
  password: NewPassword,
  roles: z.array(z.enum(['DELEGATE', 'OBSERVER'])).min(1, 'give at least one role'),
});

function TestForm({ onSubmit }: { onSubmit: (request: z.infer<typeof Request>) => Promise<unknown> }) {
  const form = useForm({
    id: 'test',
    initialValues: { email: '', password: '', roles: [] as string[] },
    fields: {
      email: { label: 'E-mail address', required: 'Enter your e-mail address' },
      password: { label: 'Password', required: 'Enter a password' },
      roles: { label: 'Roles' },
    },
    schema: Request,
    onSubmit,
  });
  return (
    <main>
      <h1>Test</h1>
      <ErrorSummary {...form.summary} />
      <form noValidate onSubmit={form.handleSubmit}>
        <TextField {...form.field('email')} type="email" hint="The one you sign in with." />
        <PasswordField {...form.field('password')} autoComplete="new-password" />
        <CheckboxGroup
          {...form.field('roles')}
          options={[
            { value: 'DELEGATE', label: 'Delegate', hint: 'Of a member state.' },
            { value: 'OBSERVER', label: 'Observer' },
          ]}
        />
        <SubmitButton pending={form.pending} pendingLabel="Sending…">
          Send
        </SubmitButton>
      </form>
    </main>
  );
}

const validationProblem = (errors: { pointer: string; detail: string; code: string }[]) =>
  new ApiError({
    type: 'urn:egcc:problem:validation-failed',
    title: 'The request is not valid',
    status: 400,
    code: 'VALIDATION_FAILED',
    requestId: 'req-1',
    errors: errors.map((error) => ({ in: 'body' as const, ...error })),
  });

describe('the form kit', () => {
  it('labels each field and ties its hint to it', () => {
    render(<TestForm onSubmit={jest.fn()} />);
    const email = screen.getByRole('textbox', { name: 'E-mail address' });
    expect(email).toHaveAttribute('id', 'test-email');
    expect(email).toHaveAccessibleDescription('The one you sign in with.');
    expect(email).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('group', { name: 'Roles' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Delegate' })).toHaveAccessibleDescription(
      'Of a member state.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('on a failed submission, lists every problem in a focused summary that links to the fields', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    render(<TestForm onSubmit={onSubmit} />);

    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveAccessibleName('There is a problem');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter your e-mail address', '#test-email'],
      ['Enter a password', '#test-password'],
      ['Give at least one role', '#test-roles'],
    ]);

    const email = screen.getByRole('textbox', { name: 'E-mail address' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('The one you sign in with. Error: Enter your e-mail address');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Error: Enter a password');
    // The group's first checkbox carries the group's id, for the summary's link.
    expect(screen.getByRole('checkbox', { name: 'Delegate' })).toHaveAttribute('id', 'test-roles');
    expect(screen.getByRole('group', { name: 'Roles' })).toHaveAccessibleDescription(
      'Error: Give at least one role',
    );

    await user.click(links[1] as HTMLElement);
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });

  it("checks values with the contract's schema, in words that name the field", async () => {
    const user = userEvent.setup();
    render(<TestForm onSubmit={jest.fn()} />);
    await user.type(screen.getByRole('textbox', { name: 'E-mail address' }), 'not an address');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('checkbox', { name: 'Observer' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));

    const items = within(screen.getByRole('alert')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'E-mail address must be an e-mail address',
      'Password must be at least 12 characters',
    ]);
  });

  it("shows the API's field errors beside their fields, and the rest in the summary", async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn().mockRejectedValue(
      validationProblem([
        { pointer: '/password', detail: 'is too easy to guess', code: 'weak_password' },
        { pointer: '/roles/0', detail: 'an observer cannot also be a delegate', code: 'invalid_placement' },
        { pointer: '/delegationId', detail: 'no such delegation', code: 'invalid_placement' },
      ]),
    );
    render(<TestForm onSubmit={onSubmit} />);
    await user.type(screen.getByRole('textbox', { name: 'E-mail address' }), ' Laura@egcc.example ');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('checkbox', { name: 'Delegate' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(onSubmit).toHaveBeenCalledWith(
      { email: 'Laura@egcc.example', password: 'correct horse battery', roles: ['DELEGATE'] },
      expect.anything(),
    );
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'No such delegation',
      'Password is too easy to guess',
      'An observer cannot also be a delegate',
    ]);
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'E-mail address' })).not.toHaveAttribute('aria-invalid');
  });

  it('says when to try again after too many attempts', async () => {
    const user = userEvent.setup();
    const throttled = new ApiError(
      {
        type: 'urn:egcc:problem:rate-limited',
        title: 'Too many requests',
        status: 429,
        code: 'RATE_LIMITED',
        detail: 'Too many attempts.',
        requestId: 'req-2',
      },
      600,
    );
    render(<TestForm onSubmit={jest.fn().mockRejectedValue(throttled)} />);
    await user.type(screen.getByRole('textbox', { name: 'E-mail address' }), 'laura@egcc.example');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('checkbox', { name: 'Delegate' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 10 minutes.');
  });

  it('shows that it is sending, and sends once however often the button is pressed', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => undefined;
    const onSubmit = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<TestForm onSubmit={onSubmit} />);
    await user.type(screen.getByRole('textbox', { name: 'E-mail address' }), 'laura@egcc.example');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('checkbox', { name: 'Delegate' }));

    await user.click(screen.getByRole('button', { name: 'Send' }));
    const button = screen.getByRole('button', { name: 'Sending…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(1);

    finish();
    expect(await screen.findByRole('button', { name: 'Send' })).not.toHaveAttribute('aria-disabled');
  });

  it('shows and hides a password on request', async () => {
    const user = userEvent.setup();
    render(<TestForm onSubmit={jest.fn()} />);
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('type', 'password');

    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(password).toHaveAttribute('type', 'text');
    expect(screen.getByText('Your password is visible')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hide password' }));
    expect(password).toHaveAttribute('type', 'password');
  });
});

describe('messages', () => {
  it.each([
    ['Password', { message: 'must be at least 12 characters' }, 'Password must be at least 12 characters'],
    ['Roles', { message: 'give at least one role' }, 'Give at least one role'],
    [
      'Name',
      { code: 'too_small', message: 'Too small: expected string to have >=1 characters', minimum: 1 },
      'Enter name',
    ],
    [
      'Name',
      { code: 'too_big', message: 'Too big: expected string to have <=200 characters', maximum: 200 },
      'Name must be 200 characters or fewer',
    ],
    ['Kind', { code: 'invalid_value', message: 'Invalid option: expected one of …' }, 'Choose kind'],
  ])('%s: %j reads "%s"', (label, issue, expected) => {
    expect(fieldMessage(label, issue)).toBe(expected);
  });

  it('finds the field of a JSON pointer', () => {
    expect(fieldOfPointer('/email')).toBe('email');
    expect(fieldOfPointer('/roles/0')).toBe('roles');
    expect(fieldOfPointer('')).toBeNull();
  });
});
