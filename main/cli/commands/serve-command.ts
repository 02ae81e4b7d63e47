import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startHost } from '../../host/start-host.ts';
import { createStreamLogger } from '../../core/index.ts';
import { exitCodes, type CliFlags, type CliIo } from '../cli-io.ts';
import { openCliLibrary } from '../open-cli-library.ts';

/** `dossier serve [--port N]`: serves the UI and the API on 127.0.0.1 until interrupted. */
export async function runServe(args: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  const port = flags.port === undefined ? 0 : Number(flags.port);
  if (args.length > 0 || !Number.isInteger(port) || port < 0 || port > 65535) {
    io.err('dossier serve: usage: dossier serve [--port N] [--library DIR]\n');
    return exitCodes.usage;
  }
  // The library first: a damaged one is the news that matters, whether or not the UI is built.
  // Serving runs for long enough to check the whole library in the background; one-shot commands do not.
  const library = await openCliLibrary(flags, io, { backgroundCheck: {}, searchInBackground: true });
  if (library === null) return exitCodes.error;
  const uiDir = fileURLToPath(new URL('../../../out/renderer/', import.meta.url));
  if (!existsSync(`${uiDir}index.html`)) {
    await library.close();
    io.err(
      'dossier serve: the UI is not built yet; run `npm run build` first (npm start does it for you).\n',
    );
    return exitCodes.error;
  }
  let host;
  try {
    host = await startHost({
      service: library,
      readAsset: library.readAsset,
      uiDir,
      port,
      logger: createStreamLogger(io.err),
    });
  } catch (error) {
    await library.close();
    io.err(
      `dossier serve: cannot listen on port ${port}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return exitCodes.error;
  }
  io.out(`Dossier is serving the library at ${library.dir}\nOpen ${host.url}\n(Ctrl-C stops it.)\n`);
  const signal = await new Promise<NodeJS.Signals>((resolveSignal) => {
    process.once('SIGINT', resolveSignal);
    process.once('SIGTERM', resolveSignal);
  });
  await host.close();
  await library.close();
  io.err(`dossier serve: stopped (${signal}).\n`);
  return exitCodes.ok;
}
