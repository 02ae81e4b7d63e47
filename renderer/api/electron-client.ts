import type { ArchiveBridge } from '../../main/shared/api.ts';
import type { ArchiveClient, ImportSource, ImportStarted } from './archive-client.ts';
import type { Result } from '../../main/shared/result.ts';

/** The client inside Electron: the preload's bridge, with dropped files resolved to absolute paths. */
export function createElectronClient(bridge: ArchiveBridge): ArchiveClient {
  async function importFiles(source: ImportSource): Promise<Result<ImportStarted>> {
    const paths = source.roots.map((file) => bridge.pathForFile(file)).filter((path) => path !== '');
    const started = await bridge.startImport({ paths, uploads: false });
    if (!started.ok) return started;
    return {
      ok: true,
      value: {
        batchId: started.value.batchId,
        sent: Promise.resolve({ ok: true, value: { files: paths.length } }),
      },
    };
  }

  return {
    getLibraryInfo: (request) => bridge.getLibraryInfo(request),
    listArticles: (request) => bridge.listArticles(request),
    getArticle: (request) => bridge.getArticle(request),
    getOriginal: (request) => bridge.getOriginal(request),
    search: (request) => bridge.search(request),
    startImport: (request) => bridge.startImport(request),
    uploadFiles: (request) => bridge.uploadFiles(request),
    cancelImport: (request) => bridge.cancelImport(request),
    getImportBatch: (request) => bridge.getImportBatch(request),
    getCleaningReport: (request) => bridge.getCleaningReport(request),
    setCleaningOptions: (request) => bridge.setCleaningOptions(request),
    recleanLibrary: (request) => bridge.recleanLibrary(request),
    getArticleRelations: (request) => bridge.getArticleRelations(request),
    getArticleLinks: (request) => bridge.getArticleLinks(request),
    addArticleLink: (request) => bridge.addArticleLink(request),
    updateArticleLink: (request) => bridge.updateArticleLink(request),
    removeArticleLink: (request) => bridge.removeArticleLink(request),
    restoreArticleLink: (request) => bridge.restoreArticleLink(request),
    exportLinks: (request) => bridge.exportLinks(request),
    exportArticle: (request) => bridge.exportArticle(request),
    findMatches: (request) => bridge.findMatches(request),
    listSavedSearches: (request) => bridge.listSavedSearches(request),
    saveSearch: (request) => bridge.saveSearch(request),
    renameSavedSearch: (request) => bridge.renameSavedSearch(request),
    deleteSavedSearch: (request) => bridge.deleteSavedSearch(request),
    getArticleEntities: (request) => bridge.getArticleEntities(request),
    acceptSuggestion: (request) => bridge.acceptSuggestion(request),
    acceptAllSuggestions: (request) => bridge.acceptAllSuggestions(request),
    rejectSuggestion: (request) => bridge.rejectSuggestion(request),
    tagMention: (request) => bridge.tagMention(request),
    previewTagEverywhere: (request) => bridge.previewTagEverywhere(request),
    tagEverywhere: (request) => bridge.tagEverywhere(request),
    removeMention: (request) => bridge.removeMention(request),
    moveMention: (request) => bridge.moveMention(request),
    listEntities: (request) => bridge.listEntities(request),
    getEntityPage: (request) => bridge.getEntityPage(request),
    updateEntity: (request) => bridge.updateEntity(request),
    mergeEntities: (request) => bridge.mergeEntities(request),
    splitEntity: (request) => bridge.splitEntity(request),
    exportEntities: (request) => bridge.exportEntities(request),
    suggestLibraryEntities: (request) => bridge.suggestLibraryEntities(request),
    trashArticles: (request) => bridge.trashArticles(request),
    restoreArticles: (request) => bridge.restoreArticles(request),
    listTrash: (request) => bridge.listTrash(request),
    emptyTrash: (request) => bridge.emptyTrash(request),
    keepCopy: (request) => bridge.keepCopy(request),
    getRelatedSuggestions: (request) => bridge.getRelatedSuggestions(request),
    dismissRelatedSuggestion: (request) => bridge.dismissRelatedSuggestion(request),
    restoreRelatedSuggestion: (request) => bridge.restoreRelatedSuggestion(request),
    getThread: (request) => bridge.getThread(request),
    nameThread: (request) => bridge.nameThread(request),
    renameThread: (request) => bridge.renameThread(request),
    deleteThreadName: (request) => bridge.deleteThreadName(request),
    listThreads: (request) => bridge.listThreads(request),
    exportThread: (request) => bridge.exportThread(request),
    getArticleGraph: (request) => bridge.getArticleGraph(request),
    getLibraryHealth: (request) => bridge.getLibraryHealth(request),
    onEvent: (listener) => bridge.onEvent(listener),
    importFiles,
    // The privileged scheme registered in main/shell/asset-protocol.ts.
    assets: { policySource: 'dossier-asset:', urlOf: (sha256) => `dossier-asset://asset/${sha256}` },
  };
}
