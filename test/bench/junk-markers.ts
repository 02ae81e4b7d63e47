// Text that must never survive cleaning: the furniture classes of issue 3 as whole-line or phrase
// patterns. The bench counts a page as having junk residue when any marker matches its text.

/** One kind of leftover furniture, matched against the cleaned text. */
export interface JunkMarker {
  readonly name: string;
  readonly pattern: RegExp;
}

/** Every junk marker the clean bench checks. */
export const junkMarkers: readonly JunkMarker[] = [
  { name: 'svg icon title', pattern: /\bicon[ -](?:bookmark|share|search|close|menu|camera|arrow|play)/i },
  {
    name: 'material icon ligature',
    pattern:
      /(?:^|\s)(?:bookmark_border|more_vert|more_horiz|arrow_forward|arrow_back|expand_more|chevron_right|play_arrow|content_copy|open_in_new)(?:\s|$)/m,
  },
  { name: 'bare icon word line', pattern: /^(?:share|bookmark|print|menu|search|close|comment|mail)$/im },
  { name: 'player timecodes', pattern: /^\d{1,2}:\d{2}(?:\s*(?:\/\s*)?\d{1,2}:\d{2})?$/m },
  { name: 'listen prompt', pattern: /^(?:listen to (?:this|the) (?:article|story)|слушать|anhören)\b/im },
  {
    name: 'share prompt',
    pattern: /(?:share this (?:story|article)|friends would be interested|^поделиться$|^teilen$)/im,
  },
  { name: 'also on promo', pattern: /^also on [\w-]+\.[a-z]/im },
  { name: 'read more lead-in', pattern: /^(?:read more|see also|читайте также|mehr zum thema)\b/im },
  {
    name: 'related list heading',
    pattern: /^(?:related (?:stories|articles)|more (?:stories|from)|you may also like)\b/im,
  },
  {
    name: 'cookie notice',
    pattern: /\b(?:we use cookies|uses cookies|accept (?:all )?cookies|cookie settings)\b/i,
  },
  { name: 'ad label', pattern: /^(?:advertisement|sponsored|реклама|anzeige)$/im },
  {
    name: 'newsletter pitch',
    pattern:
      /\b(?:sign up for (?:our|the) \w+ newsletter|subscribe to (?:our|the) newsletter|подписывайтесь на наш)/i,
  },
  {
    name: 'paywall prompt',
    pattern: /\b(?:subscribe to (?:continue|keep) reading|already a subscriber|to continue reading)\b/i,
  },
  { name: 'comment count', pattern: /^\d+\s+(?:comments?|комментари\w*|kommentare?)$/im },
  {
    name: 'author bio follow',
    pattern: /^(?:follow (?:her|him|them) on|more (?:articles )?by this author)\b/im,
  },
];

/** The names of the markers that match text. */
export function junkResidue(text: string): string[] {
  return junkMarkers.filter((marker) => marker.pattern.test(text)).map((marker) => marker.name);
}
