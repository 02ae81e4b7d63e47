/** Reads `--library DIR` or `--library=DIR` from Electron's argv (the CLI has its own parser). */
export function readLibraryFlag(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--library') return argv[index + 1];
    if (arg?.startsWith('--library=') === true) return arg.slice('--library='.length);
  }
  return undefined;
}
