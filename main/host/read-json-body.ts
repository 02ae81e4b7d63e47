import type { IncomingMessage } from 'node:http';
import { fail, ok, type Result } from '../shared/result.ts';

/** Largest API request accepted (uploads are chunked by the UI well below this). */
export const maxRequestBytes = 128 * 1024 * 1024;

/** Reads and parses a JSON request body, refusing oversized or malformed ones with a coded error. */
export async function readJsonBody(
  request: IncomingMessage,
  limit = maxRequestBytes,
): Promise<Result<unknown>> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limit) return fail('too-large', `request body over ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return fail('too-large', `request body over ${limit} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return ok({});
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return fail('invalid-request', 'request body is not valid JSON');
  }
}
