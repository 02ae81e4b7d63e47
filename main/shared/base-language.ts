/**
 * An article's language without its region or script, lower-case: "pt-BR", "pt_BR", "PT", " pt" are
 * all "pt". Null when none is known. Pages write the tag with a hyphen (BCP 47) or, like og:locale, an
 * underscore; libraries imported before session 18 keep a page's underscore as it was written.
 */
export function baseLanguage(lang: string | null | undefined): string | null {
  const base = (lang ?? '').trim().split(/[-_]/u)[0]?.toLowerCase() ?? '';
  return base === '' ? null : base;
}
