/** Every error code that may cross a process boundary. The renderer keys its wording on these. */
export const errorCodes = [
  'invalid-request',
  'not-found',
  'not-html',
  'empty',
  'unreadable',
  'too-large',
  'too-complex',
  'cancelled',
  'library-too-new',
  'library-locked',
  'name-taken',
  'thread-name-taken',
  'entity-name-taken',
  'mention-mismatch',
  'link-to-itself',
  'link-exists',
  'disk-full',
  'search-rebuilding',
  'internal',
] as const;

/** A closed set of machine-readable failure reasons. */
export type ErrorCode = (typeof errorCodes)[number];

/** An expected failure, carried as a value. `message` is for logs and the CLI, not the UI. */
export interface ApiError {
  readonly code: ErrorCode;
  readonly message: string;
}

/** The outcome of every API call. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a coded failure as a result. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** Marks a switch as exhaustive: adding a union member without handling it fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
