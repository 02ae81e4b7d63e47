/** Where a CLI command writes: stdout for results, stderr for progress and errors. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly isErrTty: boolean;
}

/** The process's real streams. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isErrTty: process.stderr.isTTY,
};

/** Exit codes of `dossier`. */
export const exitCodes = {
  ok: 0,
  error: 1,
  usage: 2,
  /** The command ran, but some files failed (import, clean). */
  someFailed: 3,
  interrupted: 130,
} as const;

/** Parsed command-line flags shared by every command. */
export interface CliFlags {
  readonly library: string | undefined;
  readonly json: boolean;
  readonly limit: string | undefined;
  readonly port: string | undefined;
  readonly text: boolean;
  readonly html: boolean;
}
