// The public entry of the archive engine: transports (IPC, HTTP host, CLI) import only this file.
export {
  defaultLibraryDir,
  defaultMaxFileBytes,
  openLibrary,
  resolveLibraryDir,
  type Library,
  type OpenLibraryOptions,
} from './library.ts';
export { cleanPage } from './clean/clean-page.ts';
export { type AssetContent } from './assets/save-page-assets.ts';
export { decodeHtml, type DecodedHtml } from './clean/decode-html.ts';
export { CLEANER_VERSION, type CleanInput, type CleanedPage } from './clean/cleaned-page.ts';
export { createStreamLogger, silentLogger, type Logger } from './logger.ts';
