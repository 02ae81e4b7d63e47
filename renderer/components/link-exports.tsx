import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../main/shared/result.ts';
import { useClient } from '../api/client-context.ts';
import { describeError } from '../api/error-messages.ts';
import { downloadFile } from './download-file.ts';

const formats = ['csv', 'json'] as const;

/** Downloads every link between articles (both titles, type, note, who made it) as CSV or JSON. */
export function LinkExports({ onDone }: { readonly onDone: () => void }): ReactNode {
  const client = useClient();
  const [error, setError] = useState<ApiError | null>(null);
  // One export at a time: a double click would download the file twice.
  const [busy, setBusy] = useState(false);
  const exportAs = async (format: (typeof formats)[number]): Promise<void> => {
    setBusy(true);
    const result = await client.exportLinks({ format });
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (!result.ok) return;
    downloadFile(result.value);
    onDone();
  };
  return (
    <>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          className="button quiet"
          title="Every link between articles, with its type and note, for a spreadsheet, R or Python"
          disabled={busy}
          onClick={() => void exportAs(format)}
        >
          Export all links as {format.toUpperCase()}
        </button>
      ))}
      {error === null ? null : (
        <p className="notice error" role="alert">
          {describeError(error)}
        </p>
      )}
    </>
  );
}
