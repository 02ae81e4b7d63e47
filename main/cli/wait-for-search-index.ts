import type { Library } from '../core/index.ts';
import type { CliIo } from './cli-io.ts';

/**
 * Waits for a search index being rebuilt in the background (a damaged or missing cache), showing how
 * far it got: a command must not answer from, or leave behind, half an index.
 */
export async function waitForSearchIndex(library: Library, io: CliIo): Promise<void> {
  const first = library.searchIndex.state();
  if (first.kind !== 'rebuilding') return;
  const line = (done: number, total: number): string =>
    `Rebuilding the search index: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} articles`;
  io.err(
    io.isErrTty
      ? line(first.progress.done, first.progress.total)
      : `${line(first.progress.done, first.progress.total)}…\n`,
  );
  // On a terminal the line is redrawn in place; a log gets only the first and last lines.
  const stop = library.onEvent((event) => {
    if (io.isErrTty && event.type === 'search-index' && event.state.kind === 'rebuilding') {
      io.err(`\r${line(event.state.progress.done, event.state.progress.total)}\x1b[K`);
    }
  });
  try {
    await library.searchIndex.ready;
  } finally {
    stop();
  }
  const end = library.searchIndex.state();
  if (io.isErrTty) io.err('\n');
  if (end.kind === 'ready') io.err('Search index rebuilt.\n');
  if (end.kind === 'failed') io.err(`Search is unavailable: ${end.message}.\n`);
}
