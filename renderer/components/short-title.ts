/** How many characters of a title a one-line message quotes. */
const quotedLength = 60;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A title short enough to quote in a one-line message ("Moved “…” to Trash"): cut at a word break
 * within the limit where there is one, with an ellipsis; an empty title reads "Untitled".
 */
export function shortTitle(title: string, limit = quotedLength): string {
  const whole = title.trim().replace(/\s+/gu, ' ');
  if (whole === '') return 'Untitled';
  // Counted and cut in graphemes, so an accent, an emoji or a CJK character is never split.
  const characters = Array.from(graphemes.segment(whole), (part) => part.segment);
  if (characters.length <= limit) return whole;
  const cut = characters.slice(0, limit - 1).join('');
  const endsWord = characters[limit - 1] === ' ';
  const space = cut.lastIndexOf(' ');
  // A break in the last third keeps whole words; a title of one long word is cut inside it.
  const kept = endsWord ? cut : space >= (limit * 2) / 3 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
