/** What a saving tool wrote into the page about where and when it was saved. */
export interface SaveComments {
  /** Chrome/Edge "Save page as": `<!-- saved from url=(0108)https://… -->`. */
  readonly savedFromUrl: string | null;
  /** SingleFile's header comment: `url: …`. */
  readonly singleFileUrl: string | null;
  /** SingleFile's header comment: `saved date: …`, as written. */
  readonly singleFileDate: string | null;
}

/** How far into the file the saving tools' comments are looked for (both write them at the very top). */
const headLength = 8192;

/** Reads Chrome's "saved from url" comment and SingleFile's header comment from the top of the page. */
export function readSaveComments(html: string): SaveComments {
  const head = html.slice(0, headLength);
  // The number in parentheses is the URL's length; about:internet marks a page without one.
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(head)?.[1] ?? null;
  const singleFile = /<!--\s*Page saved with SingleFile([\s\S]*?)-->/i.exec(head)?.[1] ?? '';
  return {
    savedFromUrl: savedFrom,
    singleFileUrl: /^\s*url:\s*(\S+)/im.exec(singleFile)?.[1] ?? null,
    singleFileDate: /^\s*saved date:\s*(.+?)\s*$/im.exec(singleFile)?.[1] ?? null,
  };
}

/** Returns the URL if it is an absolute http(s) URL, else null. */
export function httpUrlOrNull(value: string | null | undefined): string | null {
  const candidate = value?.trim() ?? '';
  if (!URL.canParse(candidate)) return null;
  const url = new URL(candidate);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
