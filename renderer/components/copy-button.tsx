import { useState, type ReactNode } from 'react';

/** A button that copies a text to the clipboard and says whether it worked. */
export function CopyButton({ text, label }: { readonly text: string; readonly label: string }): ReactNode {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      className="link-button"
      aria-label={label}
      onClick={() => {
        // The clipboard may be refused (no permission, no focus); saying so beats failing silently.
        navigator.clipboard.writeText(text).then(
          () => {
            setState('copied');
          },
          () => {
            setState('failed');
          },
        );
      }}
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
    </button>
  );
}
