/** What the API's password rules ask for, said before the member has to guess. */
export function NewPasswordHint() {
  return (
    <>
      At least 12 characters. A phrase of three or four unrelated words is long, easy to remember and hard to
      guess. Do not use your name, your e-mail address or a password you use elsewhere.
    </>
  );
}
