import { describe, expect, it } from 'vitest';
import type { ArchiveApi } from '../../../main/shared/api.ts';
import { dispatch } from '../../../main/shared/dispatch.ts';
import { apiMethods } from '../../../main/shared/methods.ts';
import { ok, type Result } from '../../../main/shared/result.ts';
import { requestSchemas } from '../../../main/shared/schemas.ts';

// A recording service: it does no archive work, it only shows what dispatch let through.
function recordingService(calls: { method: string; request: unknown }[]): ArchiveApi {
  const service: Record<string, (request: unknown) => Promise<Result<unknown>>> = {};
  for (const method of apiMethods) {
    service[method] = (request) => {
      calls.push({ method, request });
      return Promise.resolve(ok(null));
    };
  }
  return service as unknown as ArchiveApi;
}

describe('dispatch', () => {
  it('passes a well-formed request through to the method', async () => {
    const calls: { method: string; request: unknown }[] = [];
    const result = await dispatch(recordingService(calls), 'search', { query: 'lavrov', limit: 20 });
    expect(result.ok).toBe(true);
    expect(calls).toEqual([{ method: 'search', request: { query: 'lavrov', limit: 20 } }]);
  });

  it.each([
    ['a missing field', 'search', { query: 'x' }],
    ['an unknown field', 'getArticle', { id: 1, extra: true }],
    ['a negative id', 'getArticle', { id: -3 }],
    ['a fractional id', 'getOriginal', { id: 1.5 }],
    ['a prototype-pollution key', 'getLibraryInfo', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['a non-object', 'listArticles', 'select * from articles'],
    ['a batch id with path characters', 'cancelImport', { batchId: '../../etc' }],
    [
      'an uploaded file sent as both its bytes and a size',
      'uploadFiles',
      {
        batchId: 'b1',
        final: true,
        files: [{ name: 'a.html', path: 'a.html', lastModified: null, dataBase64: 'PGgxPg==', size: 1 }],
      },
    ],
  ] as const)('refuses %s without calling the core', async (_name, method, request) => {
    const calls: { method: string; request: unknown }[] = [];
    const result = await dispatch(recordingService(calls), method, request);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-request');
    expect(calls).toHaveLength(0);
  });

  it('has a request schema for every method of the contract', () => {
    expect(Object.keys(requestSchemas).sort()).toEqual([...apiMethods].sort());
  });
});
