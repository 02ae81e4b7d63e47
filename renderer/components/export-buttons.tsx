import { useState, type ReactNode } from 'react';
import type { ArticleId } from '../../main/shared/ids.ts';
import type { ApiError } from '../../main/shared/result.ts';
import { useClient } from '../api/client-context.ts';
import { describeError } from '../api/error-messages.ts';
import { downloadFile } from './download-file.ts';

const formats = [
  { format: 'json', label: 'Export JSON' },
  { format: 'markdown', label: 'Export Markdown' },
] as const;

/** Buttons that download the article with its provenance as JSON or Markdown. */
export function ExportButtons({ articleId }: { readonly articleId: ArticleId }): ReactNode {
  const client = useClient();
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <div className="about-export">
      {formats.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          className="button"
          onClick={() => {
            void client.exportArticle({ id: articleId, format }).then((result) => {
              setError(result.ok ? null : result.error);
              if (result.ok) downloadFile(result.value);
            });
          }}
        >
          {label}
        </button>
      ))}
      {error === null ? null : (
        <p className="notice error" role="alert">
          {describeError(error)}
        </p>
      )}
    </div>
  );
}
