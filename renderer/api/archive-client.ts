import type { ArchiveApi, ArchiveEvent, Unsubscribe } from '../../main/shared/api.ts';
import type { BatchId } from '../../main/shared/ids.ts';
import type { Result } from '../../main/shared/result.ts';

/** One file the user dropped or picked, with its path relative to what was dropped ("folder/sub/page.html"). */
export interface DroppedFile {
  readonly file: File;
  readonly path: string;
}

/** What the user handed over: read eagerly during the drop, walked lazily by the client that needs it. */
export interface ImportSource {
  /** The top-level files and folders as the OS gave them (Electron resolves these to absolute paths). */
  readonly roots: readonly File[];
  /** Every file inside, folders walked recursively (a browser uploads these). */
  readonly collect: () => Promise<readonly DroppedFile[]>;
}

/** A started import: its batch, and when every file has been handed to the archive. */
export interface ImportStarted {
  readonly batchId: BatchId;
  /** Resolves once all files are sent: at once for Electron, after the last upload in a browser. */
  readonly sent: Promise<Result<{ readonly files: number }>>;
}

/** How the reader turns a stored image's hash into a URL its transport serves, and the CSP source allowing exactly those. */
export interface AssetLinks {
  /** A CSP source expression matching asset URLs and nothing else. */
  readonly policySource: string;
  readonly urlOf: (sha256: string) => string;
}

/**
 * The one interface the UI talks to. Which transport is behind it (Electron IPC or
 * `dossier serve` over HTTP) is decided once in `create-client.ts`; nothing else knows.
 */
export type ArchiveClient = ArchiveApi & {
  readonly onEvent: (listener: (event: ArchiveEvent) => void) => Unsubscribe;
  /** Starts a batch with the given files; `signal` stops sending further files (the batch itself is cancelled with cancelImport). */
  readonly importFiles: (source: ImportSource, signal: AbortSignal) => Promise<Result<ImportStarted>>;
  /** Where stored images of saved pages are loaded from. */
  readonly assets: AssetLinks;
};
