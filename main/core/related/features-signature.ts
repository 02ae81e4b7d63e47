import { createHash } from 'node:crypto';

// What an article's stored features were computed from: the engine's version, a hash of its text,
// language, date and entities, and (issue 6) the step of the library's size they were read against
// (library-scale.ts). Features whose version or hash differ from the article's are recomputed; so are
// those whose step is below the library's now (features-catch-up.ts finds them).

/** Prefixes every signature: features computed by an older engine (other term keys) are recomputed. */
export const featuresVersion = 'v46:';

/** Separates the step from the rest (base64 never holds it). */
const stepMark = '@';

/** What a signature is made of (the article as the engine reads it). */
export interface SignedInput {
  readonly text: string;
  readonly lang: string | null;
  readonly publishedTime: string | null;
  readonly entities: readonly { name: string; type: string }[];
}

/** The signature of an article's input, without its step: the version and a hash of what was read. */
export function signatureBody(input: SignedInput): string {
  const names = input.entities.map((e) => `${e.type}:${e.name}`).sort();
  return (
    featuresVersion +
    createHash('sha1')
      .update(
        `${input.publishedTime ?? ''}\u0000${input.lang ?? ''}\u0000${input.text}\u0000${names.join('\u0000')}`,
      )
      .digest('base64')
  );
}

/** A full signature: its body and the step of the library's size the features were computed at. */
export function withStep(body: string, step: number): string {
  return `${body}${stepMark}${step}`;
}

/** The step a signature was computed at; -1 for one without (an older engine's). */
export function stepOf(signature: string): number {
  const at = signature.lastIndexOf(stepMark);
  const step = at < 0 ? Number.NaN : Number(signature.slice(at + 1));
  return Number.isSafeInteger(step) ? step : -1;
}

/**
 * Whether features signed `signature` are current for an article whose input now signs `body` in a
 * library whose step is `step`: the same input, computed at that step or a larger one (a library that
 * shrank back past a step keeps what it computed while larger).
 */
export function isCurrent(signature: string | null, body: string, step: number): boolean {
  if (signature === null || stepOf(signature) < step) return false;
  return signature.slice(0, signature.lastIndexOf(stepMark)) === body;
}

/**
 * Whether stored features (`signature`, null when none) may need computing in a library at `step`:
 * none, an older engine's, or computed at a smaller step (their input is compared when recomputing).
 */
export function mayBeStale(signature: string | null, step: number): boolean {
  return signature === null || !signature.startsWith(featuresVersion) || stepOf(signature) < step;
}
