import type { ApiResponses, ArchiveApi, ArchiveEvent, Unsubscribe } from '../../main/shared/api.ts';
import type { Result } from '../../main/shared/result.ts';
import type { ApiMethod, ApiRequest } from '../../main/shared/schemas.ts';
import type { ArchiveClient, ImportSource, ImportStarted } from './archive-client.ts';
import { uploadInChunks } from './upload-chunks.ts';

// The header and routes mirror main/shared/api.ts (tokenHeader, routeOf, eventsRoute);
// the renderer may only import types from there, so they are spelled here once.
const tokenHeader = 'x-dossier-token';
const routeOf = (method: ApiMethod): string => `/api/${method}`;
const eventsRoute = '/api/events';

function failure<T>(message: string): Result<T> {
  return { ok: false, error: { code: 'internal', message } };
}

function isResult(body: unknown): body is Result<unknown> {
  return typeof body === 'object' && body !== null && 'ok' in body && typeof body.ok === 'boolean';
}

/** The client in a browser tab served by `dossier serve`: JSON over POST, events over SSE. */
export function createHttpClient(token: string): ArchiveClient {
  async function call<M extends ApiMethod>(
    method: M,
    request: ApiRequest<M>,
  ): Promise<Result<ApiResponses[M]>> {
    try {
      const response = await fetch(routeOf(method), {
        method: 'POST',
        headers: { [tokenHeader]: token, 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
      const body: unknown = await response.json();
      // The server answers with a Result whatever the status; trust its shape, not its status.
      if (isResult(body)) return body as Result<ApiResponses[M]>;
      return failure(`${method}: unexpected response (HTTP ${response.status})`);
    } catch (error) {
      return failure(`${method}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const api: ArchiveApi = {
    getLibraryInfo: (request) => call('getLibraryInfo', request),
    listArticles: (request) => call('listArticles', request),
    getArticle: (request) => call('getArticle', request),
    getOriginal: (request) => call('getOriginal', request),
    search: (request) => call('search', request),
    startImport: (request) => call('startImport', request),
    uploadFiles: (request) => call('uploadFiles', request),
    cancelImport: (request) => call('cancelImport', request),
    getImportBatch: (request) => call('getImportBatch', request),
    getCleaningReport: (request) => call('getCleaningReport', request),
    setCleaningOptions: (request) => call('setCleaningOptions', request),
    recleanLibrary: (request) => call('recleanLibrary', request),
    getArticleRelations: (request) => call('getArticleRelations', request),
    getArticleLinks: (request) => call('getArticleLinks', request),
    addArticleLink: (request) => call('addArticleLink', request),
    updateArticleLink: (request) => call('updateArticleLink', request),
    removeArticleLink: (request) => call('removeArticleLink', request),
    restoreArticleLink: (request) => call('restoreArticleLink', request),
    exportLinks: (request) => call('exportLinks', request),
    exportArticle: (request) => call('exportArticle', request),
    findMatches: (request) => call('findMatches', request),
    listSavedSearches: (request) => call('listSavedSearches', request),
    saveSearch: (request) => call('saveSearch', request),
    renameSavedSearch: (request) => call('renameSavedSearch', request),
    deleteSavedSearch: (request) => call('deleteSavedSearch', request),
    getArticleEntities: (request) => call('getArticleEntities', request),
    acceptSuggestion: (request) => call('acceptSuggestion', request),
    acceptAllSuggestions: (request) => call('acceptAllSuggestions', request),
    rejectSuggestion: (request) => call('rejectSuggestion', request),
    tagMention: (request) => call('tagMention', request),
    previewTagEverywhere: (request) => call('previewTagEverywhere', request),
    tagEverywhere: (request) => call('tagEverywhere', request),
    removeMention: (request) => call('removeMention', request),
    moveMention: (request) => call('moveMention', request),
    listEntities: (request) => call('listEntities', request),
    getEntityPage: (request) => call('getEntityPage', request),
    updateEntity: (request) => call('updateEntity', request),
    mergeEntities: (request) => call('mergeEntities', request),
    splitEntity: (request) => call('splitEntity', request),
    exportEntities: (request) => call('exportEntities', request),
    suggestLibraryEntities: (request) => call('suggestLibraryEntities', request),
    trashArticles: (request) => call('trashArticles', request),
    restoreArticles: (request) => call('restoreArticles', request),
    listTrash: (request) => call('listTrash', request),
    emptyTrash: (request) => call('emptyTrash', request),
    keepCopy: (request) => call('keepCopy', request),
    getRelatedSuggestions: (request) => call('getRelatedSuggestions', request),
    dismissRelatedSuggestion: (request) => call('dismissRelatedSuggestion', request),
    restoreRelatedSuggestion: (request) => call('restoreRelatedSuggestion', request),
    getThread: (request) => call('getThread', request),
    nameThread: (request) => call('nameThread', request),
    renameThread: (request) => call('renameThread', request),
    deleteThreadName: (request) => call('deleteThreadName', request),
    listThreads: (request) => call('listThreads', request),
    exportThread: (request) => call('exportThread', request),
    getArticleGraph: (request) => call('getArticleGraph', request),
    getLibraryHealth: (request) => call('getLibraryHealth', request),
  };

  const listeners = new Set<(event: ArchiveEvent) => void>();
  let source: EventSource | null = null;
  let lostConnection = false;

  function emit(event: ArchiveEvent): void {
    for (const listener of [...listeners]) listener(event);
  }

  function connect(): void {
    source = new EventSource(`${eventsRoute}?${new URLSearchParams({ token }).toString()}`);
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        emit(JSON.parse(message.data) as ArchiveEvent);
      } catch {
        // A malformed event is dropped; the next one or a refresh resynchronises.
      }
    };
    source.onerror = () => {
      lostConnection = true;
    };
    source.onopen = () => {
      // Events may have been missed while reconnecting: ask every view to reload.
      if (lostConnection) emit({ type: 'library-changed' });
      lostConnection = false;
    };
  }

  function onEvent(listener: (event: ArchiveEvent) => void): Unsubscribe {
    listeners.add(listener);
    if (source === null) connect();
    return () => {
      listeners.delete(listener);
    };
  }

  async function importFiles(input: ImportSource, signal: AbortSignal): Promise<Result<ImportStarted>> {
    const files = await input.collect();
    const started = await api.startImport({ paths: [], uploads: true });
    if (!started.ok) return started;
    const { batchId } = started.value;
    const sent = uploadInChunks(files, signal, (chunk, final) =>
      api.uploadFiles({ batchId, files: chunk, final }),
    );
    return { ok: true, value: { batchId, sent } };
  }

  // <img> cannot send the token header: the asset route takes it in the query (main/host/serve-asset.ts).
  const assetBase = `${window.location.origin}/asset/`;
  const assets = {
    policySource: assetBase,
    urlOf: (sha256: string) => `${assetBase}${sha256}?${new URLSearchParams({ token }).toString()}`,
  };

  return { ...api, onEvent, importFiles, assets };
}
