import { useEffect, useRef } from 'react';
import { CopyButton, downloadText } from '../../../shared/ui/CopyButton';
import { Button } from '../../../shared/ui/form';
import { Notice } from '../../../shared/ui/Notice';

/**
 * The recovery codes, shown once: each works once when the phone is not at hand. Copy,
 * download or write them down; the heading takes focus so nobody misses them.
 */
export function RecoveryCodes({ codes, email, onDone }: { codes: string[]; email: string; onDone(): void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [codes]);
  const text = [
    'EGCC Portal recovery codes',
    `Account: ${email}`,
    `Made: ${new Date().toISOString().slice(0, 10)}`,
    '',
    'Each code works once, in place of a code from your authenticator app.',
    '',
    ...codes,
    '',
  ].join('\n');

  return (
    <section aria-labelledby="recovery-codes-heading" className="panel panel--highlight">
      <h2 id="recovery-codes-heading" ref={headingRef} tabIndex={-1}>
        Save your recovery codes
      </h2>
      <Notice tone="warning">
        <p>
          This is the only time you will see these codes. Keep them somewhere safe, apart from your phone: a
          password manager, or printed and filed. Each code works once.
        </p>
      </Notice>
      <ol className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-group">
        <CopyButton text={codes.join('\n')} label="Copy the codes" what="Recovery codes" />
        <Button variant="secondary" onClick={() => downloadText('egcc-portal-recovery-codes.txt', text)}>
          Download as a text file
        </Button>
        <Button onClick={onDone}>I have saved my codes</Button>
      </div>
    </section>
  );
}
