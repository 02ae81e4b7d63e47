/** Every method of the API, in one list from which IPC channels and HTTP routes are derived. */
export const apiMethods = [
  'getLibraryInfo',
  'listArticles',
  'getArticle',
  'getOriginal',
  'search',
  'startImport',
  'uploadFiles',
  'cancelImport',
  'getImportBatch',
  'getCleaningReport',
  'setCleaningOptions',
  'recleanLibrary',
  'getArticleRelations',
  'exportArticle',
  'findMatches',
  'listSavedSearches',
  'saveSearch',
  'renameSavedSearch',
  'deleteSavedSearch',
  'getArticleEntities',
  'acceptSuggestion',
  'acceptAllSuggestions',
  'rejectSuggestion',
  'tagMention',
  'previewTagEverywhere',
  'tagEverywhere',
  'removeMention',
  'listEntities',
  'getEntityPage',
  'updateEntity',
  'mergeEntities',
  'splitEntity',
  'exportEntities',
  'suggestLibraryEntities',
] as const;

/** A method name of the API. */
export type ApiMethod = (typeof apiMethods)[number];

/** Whether a string names an API method (for routing untrusted paths). */
export function isApiMethod(name: string): name is ApiMethod {
  return (apiMethods as readonly string[]).includes(name);
}
