import type { ArchiveApi } from './api.ts';
import type { ApiMethod } from './methods.ts';
import { fail, type Result } from './result.ts';
import { requestSchemas } from './schemas.ts';

/**
 * Validates an untrusted request against its method's schema and, if it is
 * well-formed, calls the method. Both transports (IPC and HTTP) go through here,
 * so no request reaches the core unchecked.
 */
export async function dispatch(
  service: ArchiveApi,
  method: ApiMethod,
  request: unknown,
): Promise<Result<unknown>> {
  const parsed = requestSchemas[method].safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? 'request' : issue.path.join('.');
    return fail('invalid-request', `${method}: invalid ${where}: ${issue?.message ?? 'malformed'}`);
  }
  // The schema for `method` produced `parsed.data`, so it is that method's request;
  // TypeScript cannot correlate the two through the union, hence the cast.
  const call = service[method] as (request: unknown) => Promise<Result<unknown>>;
  return call.call(service, parsed.data);
}
