import type { ApiError, ErrorCode } from '../../main/shared/result.ts';

/** What the user reads for each failure. A new ErrorCode without wording fails to compile. */
export const errorWording: Record<ErrorCode, string> = {
  'invalid-request': 'The archive did not understand that request.',
  'not-found': 'That article is no longer in the library.',
  'not-html': 'Not a saved web page (HTML).',
  empty: 'The file is empty.',
  unreadable: 'The file could not be read.',
  'too-large': 'The file is too large to import.',
  'too-complex':
    'The page is too complex to import: it has too many elements, nests them too deeply, or needs too much memory to clean.',
  cancelled: 'The import was cancelled.',
  'library-too-new': 'This library was written by a newer version of Dossier.',
  'library-locked': 'The library is open in another Dossier window.',
  'name-taken': 'A saved search already has that name.',
  'thread-name-taken': 'Another thread already has that name.',
  'entity-name-taken': 'Another entity already has that name. Merge the two instead.',
  'mention-mismatch':
    'The selected text is no longer at that place in the article. Reopen the article and select it again.',
  'link-to-itself': 'An article cannot be linked to itself. Choose another article.',
  'link-exists': 'These two articles already have a link of that type.',
  'disk-full':
    'The disk is full, so this file was not imported. Nothing already in the library was changed. Free some space, then import again: files already imported are skipped.',
  'search-rebuilding':
    'The search index is still being rebuilt, so Dossier cannot yet find every mention in the library. Try again when the rebuild is done.',
  internal: 'Something went wrong in the archive. Please try again.',
};

/** The user-facing sentence for an error. */
export function describeError(error: ApiError): string {
  return errorWording[error.code];
}
