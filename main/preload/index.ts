// The preload runs sandboxed with context isolation: it may use only
// contextBridge, ipcRenderer and webUtils, and exposes exactly the contract
// (never ipcRenderer itself). https://www.electronjs.org/docs/latest/tutorial/context-isolation
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  channelOf,
  eventChannel,
  type ArchiveApi,
  type ArchiveBridge,
  type ArchiveEvent,
} from '../shared/api.ts';
import type { ApiMethod } from '../shared/methods.ts';

function call<M extends ApiMethod>(method: M): ArchiveApi[M] {
  return ((request: unknown) => ipcRenderer.invoke(channelOf(method), request)) as ArchiveApi[M];
}

const bridge = {
  getLibraryInfo: call('getLibraryInfo'),
  listArticles: call('listArticles'),
  getArticle: call('getArticle'),
  getOriginal: call('getOriginal'),
  search: call('search'),
  startImport: call('startImport'),
  uploadFiles: call('uploadFiles'),
  cancelImport: call('cancelImport'),
  getImportBatch: call('getImportBatch'),
  getCleaningReport: call('getCleaningReport'),
  setCleaningOptions: call('setCleaningOptions'),
  recleanLibrary: call('recleanLibrary'),
  getArticleRelations: call('getArticleRelations'),
  getArticleLinks: call('getArticleLinks'),
  addArticleLink: call('addArticleLink'),
  updateArticleLink: call('updateArticleLink'),
  removeArticleLink: call('removeArticleLink'),
  restoreArticleLink: call('restoreArticleLink'),
  exportLinks: call('exportLinks'),
  exportArticle: call('exportArticle'),
  findMatches: call('findMatches'),
  listSavedSearches: call('listSavedSearches'),
  saveSearch: call('saveSearch'),
  renameSavedSearch: call('renameSavedSearch'),
  deleteSavedSearch: call('deleteSavedSearch'),
  getArticleEntities: call('getArticleEntities'),
  acceptSuggestion: call('acceptSuggestion'),
  acceptAllSuggestions: call('acceptAllSuggestions'),
  rejectSuggestion: call('rejectSuggestion'),
  tagMention: call('tagMention'),
  previewTagEverywhere: call('previewTagEverywhere'),
  tagEverywhere: call('tagEverywhere'),
  removeMention: call('removeMention'),
  moveMention: call('moveMention'),
  listEntities: call('listEntities'),
  getEntityPage: call('getEntityPage'),
  updateEntity: call('updateEntity'),
  mergeEntities: call('mergeEntities'),
  splitEntity: call('splitEntity'),
  exportEntities: call('exportEntities'),
  suggestLibraryEntities: call('suggestLibraryEntities'),
  trashArticles: call('trashArticles'),
  restoreArticles: call('restoreArticles'),
  listTrash: call('listTrash'),
  emptyTrash: call('emptyTrash'),
  keepCopy: call('keepCopy'),
  getRelatedSuggestions: call('getRelatedSuggestions'),
  dismissRelatedSuggestion: call('dismissRelatedSuggestion'),
  restoreRelatedSuggestion: call('restoreRelatedSuggestion'),
  getThread: call('getThread'),
  nameThread: call('nameThread'),
  renameThread: call('renameThread'),
  deleteThreadName: call('deleteThreadName'),
  listThreads: call('listThreads'),
  exportThread: call('exportThread'),
  getArticleGraph: call('getArticleGraph'),
  getLibraryHealth: call('getLibraryHealth'),
  onEvent: (listener: (event: ArchiveEvent) => void) => {
    const handler = (_event: IpcRendererEvent, payload: ArchiveEvent) => {
      listener(payload);
    };
    ipcRenderer.on(eventChannel, handler);
    return () => {
      ipcRenderer.removeListener(eventChannel, handler);
    };
  },
  pathForFile: (file: File) => webUtils.getPathForFile(file),
} satisfies ArchiveBridge;

contextBridge.exposeInMainWorld('archive', bridge);
