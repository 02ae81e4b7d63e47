import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';

/**
 * What to do with a symbolic link met inside a dropped folder:
 * - `take`: a page file inside the dropped folder (or a broken link, which then fails as unreadable);
 * - `skip`: a link to a folder, or to a file outside the dropped folder, with the reason shown to the user;
 * - `ignore`: a link to something that is not a page (like any other non-page file).
 */
export type LinkVerdict =
  | { readonly kind: 'take' }
  | { readonly kind: 'skip'; readonly message: string }
  | { readonly kind: 'ignore' };

/** Whether `target` is `root` itself or somewhere below it (both real paths). */
function isInside(root: string, target: string): boolean {
  const path = relative(root, target);
  return path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}

/**
 * Judges the link at `path` inside the folder whose real path is `root`. Linked folders are never
 * followed: they can loop (a link to a parent) and repeat work. A linked file is taken only when it
 * is inside what was dropped: a hostile folder (an unzipped download, say) must not carry a link
 * to `~/.ssh/notes.txt` into the library. The user can still drop such a file by itself.
 */
export async function judgeFolderLink(path: string, root: string, isPageName: boolean): Promise<LinkVerdict> {
  let target: string;
  try {
    target = await realpath(path);
  } catch {
    // Broken, or a link to itself (ELOOP): reading it reports the error as the file's outcome.
    return isPageName ? { kind: 'take' } : { kind: 'ignore' };
  }
  const info = await stat(target).catch(() => null);
  if (info?.isDirectory() === true) {
    return {
      kind: 'skip',
      message: `${path} is a link to the folder ${target}; linked folders are not followed (they can loop or lead outside the folder you chose). Drop that folder itself to import it.`,
    };
  }
  if (!isPageName) return { kind: 'ignore' };
  if (!isInside(root, target)) {
    return {
      kind: 'skip',
      message: `${path} is a link to ${target}, outside the folder you chose, so it was not imported. Drop that file itself to import it.`,
    };
  }
  return { kind: 'take' };
}
