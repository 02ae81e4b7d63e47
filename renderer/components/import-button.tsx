import { useRef, type ReactNode } from 'react';
import type { ImportSource } from '../api/archive-client.ts';
import { sourceFromFileList } from '../api/import-source.ts';

interface Props {
  readonly onImport: (source: ImportSource) => void;
  readonly disabled: boolean;
  readonly primary?: boolean;
}

/** "Import…": picks saved pages with the system file dialog. */
export function ImportButton({ onImport, disabled, primary = false }: Props): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={primary ? 'button primary' : 'button'}
        disabled={disabled}
        onClick={() => {
          input.current?.click();
        }}
      >
        Import…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".html,.htm"
        hidden
        aria-label="Choose saved pages to import"
        onChange={(event) => {
          const { files } = event.target;
          if (files !== null && files.length > 0) onImport(sourceFromFileList(files));
          event.target.value = '';
        }}
      />
    </>
  );
}
