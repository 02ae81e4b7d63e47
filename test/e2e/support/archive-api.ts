import type { ApiResponses } from '../../../main/shared/api.ts';
import type { ApiMethod } from '../../../main/shared/schemas.ts';
import type { Server } from './serve.ts';

/** Calls an archive method of a running `dossier serve` the way the page does (POST with the token), for test set-up. */
export async function callApi<M extends ApiMethod>(
  server: Server,
  method: M,
  request: unknown,
): Promise<ApiResponses[M]> {
  const url = new URL(server.url);
  const token = url.searchParams.get('token') ?? '';
  const response = await fetch(new URL(`/api/${method}`, url.origin), {
    method: 'POST',
    headers: { 'x-dossier-token': token, 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as
    { ok: true; value: ApiResponses[M] } | { ok: false; error: { code: string; message: string } };
  if (!body.ok) throw new Error(`${method} failed: ${body.error.code} ${body.error.message}`);
  return body.value;
}
