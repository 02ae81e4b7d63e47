/** Where core writes diagnostics. The transports decide where they go (stderr, a log file, nowhere). */
export interface Logger {
  readonly info: (message: string, context?: Record<string, unknown>) => void;
  readonly warn: (message: string, context?: Record<string, unknown>) => void;
  readonly error: (message: string, context?: Record<string, unknown>) => void;
}

/** A logger that drops everything, for tests and library callers that do not care. */
export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** A logger that writes one line per message to a stream (stderr for the CLI and the host). */
export function createStreamLogger(write: (line: string) => void): Logger {
  const emit = (level: string) => (message: string, context?: Record<string, unknown>) => {
    const suffix = context === undefined ? '' : ` ${JSON.stringify(context)}`;
    write(`[${new Date().toISOString()}] ${level} ${message}${suffix}\n`);
  };
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}
