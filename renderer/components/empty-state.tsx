import type { ImportSource } from '../api/archive-client.ts';
import { ImportButton } from './import-button.tsx';

/** The library is empty: one large invitation to drop pages. */
export function EmptyState({
  onImport,
  busy,
}: {
  readonly onImport: (source: ImportSource) => void;
  readonly busy: boolean;
}) {
  return (
    <section className="drop-zone" aria-label="Empty library">
      <h2>Drop saved pages here</h2>
      <p>
        Drag web pages saved from your browser (.html files, or whole folders of them) anywhere onto this
        window, or choose them with Import.
      </p>
      <ImportButton onImport={onImport} disabled={busy} primary />
    </section>
  );
}
