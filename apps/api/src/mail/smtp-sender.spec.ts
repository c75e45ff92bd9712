import { describeSendError, redact, senderDomain } from './smtp-sender';

describe('describeSendError', () => {
  it('gives up at once on a permanent refusal of this message', () => {
    const failure = describeSendError(
      Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 No such user"), {
        code: 'EENVELOPE',
        responseCode: 550,
      }),
      [],
    );
    expect(failure).toMatchObject({ permanent: true, serverUnavailable: false });
    expect(failure.summary).toMatch(/^EENVELOPE: .*550 5\.1\.1/);
  });

  it('retries a temporary refusal, and treats connection and login failures as the server’s', () => {
    expect(
      describeSendError(
        Object.assign(new Error('451 try later'), { code: 'EENVELOPE', responseCode: 451 }),
        [],
      ),
    ).toMatchObject({
      permanent: false,
      serverUnavailable: false,
    });
    expect(
      describeSendError(
        Object.assign(new Error('535 bad credentials'), { code: 'EAUTH', responseCode: 535 }),
        [],
      ),
    ).toMatchObject({
      permanent: false,
      serverUnavailable: true,
    });
    expect(
      describeSendError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' }), []),
    ).toMatchObject({
      permanent: false,
      serverUnavailable: true,
    });
  });

  it('never keeps credentials in what it stores', () => {
    const failure = describeSendError(
      new Error('login failed for mailer:s3cret at smtp://mailer:s3cret@mail.example.org'),
      ['mailer', 's3cret'],
    );
    expect(failure.summary).not.toMatch(/s3cret|mailer/);
    expect(redact('smtp://user:pw@host', [])).toBe('smtp://[redacted]@host');
  });

  it('takes the Message-ID domain from MAIL_FROM', () => {
    expect(senderDomain('EGCC Portal <no-reply@cbss.example.org>')).toBe('cbss.example.org');
    expect(senderDomain('nonsense')).toBe('egcc-portal.invalid');
  });
});
