import { PasswordPolicy } from './password-policy';

describe('PasswordPolicy', () => {
  const policy = new PasswordPolicy();
  const person = { name: 'Kadri Tamm', email: 'kadri.tamm@sm.ee' };

  it.each([
    ['short', 'must be at least 12 characters'],
    ['password1234', 'is too easy to guess'],
    ['qwertyuiop123', 'is too easy to guess'],
    ['kadritamm2026', 'must not be made of your name or e-mail address'],
    ['Kadri.Tamm@sm.ee!', 'must not be made of your name or e-mail address'],
  ])('refuses %s', async (password, problem) => {
    expect(await policy.problemWith(password, person)).toContain(problem);
  });

  it.each([
    'lighthouse otter marmalade 1992',
    'Tallinn-ferry-in-January-fog',
    'kadri likes quiet lighthouse walks',
  ])('accepts %s', async (password) => {
    expect(await policy.problemWith(password, person)).toBeNull();
  });

  it('answers 400 with a field error at the given pointer', async () => {
    await expect(policy.assertStrong('password1234', person, '/newPassword')).rejects.toThrow(
      expect.objectContaining({
        status: 400,
        extras: { errors: [expect.objectContaining({ pointer: '/newPassword', code: 'weak_password' })] },
      }),
    );
  });
});
