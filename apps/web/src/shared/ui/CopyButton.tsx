import { useEffect, useState } from 'react';
import { Button } from './form/buttons';

/** Copies text to the clipboard and says so; if the browser refuses, says to copy it by hand. */
export function CopyButton({ text, label, what = 'Text' }: { text: string; label: string; what?: string }) {
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);

  useEffect(() => {
    if (!result) return;
    const timer = setTimeout(() => setResult(null), 5000);
    return () => clearTimeout(timer);
  }, [result]);

  return (
    <span className="copy-button">
      <Button
        variant="secondary"
        onClick={() => {
          const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
          if (!clipboard) {
            setResult('failed');
            return;
          }
          clipboard.writeText(text).then(
            () => setResult('copied'),
            () => setResult('failed'),
          );
        }}
      >
        {label}
      </Button>
      <span role="status" className="copy-button__status">
        {result === 'copied' && `${what} copied.`}
        {result === 'failed' && 'Your browser did not allow copying: select the text and copy it yourself.'}
      </span>
    </span>
  );
}

/** Offers text as a file to save (a Blob download: no server round trip, nothing inline). */
export function downloadText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
