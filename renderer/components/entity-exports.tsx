import { useState, type ReactNode } from 'react';
import type { ApiRequest } from '../../main/shared/schemas.ts';
import type { ApiError } from '../../main/shared/result.ts';
import { useClient } from '../api/client-context.ts';
import { describeError } from '../api/error-messages.ts';
import { downloadFile } from './download-file.ts';

type What = ApiRequest<'exportEntities'>['what'];

const tables: readonly { readonly what: What; readonly label: string }[] = [
  { what: 'entities', label: 'Entities' },
  { what: 'mentions', label: 'Mentions' },
  { what: 'cooccurrences', label: 'Co-occurrences' },
];
const formats = ['csv', 'json'] as const;

/** Downloads the registry's entities, mentions or co-occurrences as CSV or JSON, for R or Python. */
export function EntityExports(): ReactNode {
  const client = useClient();
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <div className="entity-exports" role="group" aria-label="Export entities">
      {tables.map(({ what, label }) => (
        <div key={what} className="entity-export-row">
          <span>{label}</span>
          {formats.map((format) => (
            <button
              key={format}
              type="button"
              className="button quiet"
              aria-label={`Export ${label.toLowerCase()} as ${format.toUpperCase()}`}
              onClick={() => {
                void client.exportEntities({ what, format }).then((result) => {
                  setError(result.ok ? null : result.error);
                  if (result.ok) downloadFile(result.value);
                });
              }}
            >
              {format.toUpperCase()}
            </button>
          ))}
        </div>
      ))}
      {error === null ? null : (
        <p className="notice error" role="alert">
          {describeError(error)}
        </p>
      )}
    </div>
  );
}
