// Furniture phrases by language, as data: the rules build their text patterns from these lists,
// so a new language is a new row, never a code branch. Phrases are matched case-insensitively
// against a block's whole text (labels) or its start (lead-ins).

/** Whole-block labels of ad slots: "Advertisement", "Реклама", "Anzeige". */
export const adLabels: readonly string[] = ['реклама', 'anzeige', 'werbung', 'publicité', 'publicidad'];

/** Whole-block share prompts next to share buttons: "Поделиться", "Teilen". */
export const shareLabels: readonly string[] = ['поделиться', 'teilen', 'partager', 'compartir', 'condividi'];

/** Lead-ins of inline promos for other pages: "Читайте также:", "Mehr zum Thema:". */
export const promoLeadIns: readonly string[] = [
  'читайте также',
  'по теме',
  'mehr zum thema',
  'lesen sie auch',
  'auch interessant',
  'lire aussi',
];

/** Lead-ins of pitches for the site's own channels and newsletters: "Подписывайтесь на наш канал". */
export const channelPitches: readonly string[] = [
  'подписывайтесь на наш',
  'подпишитесь на наш',
  'folgen sie uns',
  'abonnieren sie unseren',
  'follow us on',
];

/** Text-to-speech prompts that head an article: "Listen to this article · 5 min". */
export const listenPrompts: readonly string[] = [
  'listen to this article',
  'listen to this story',
  'слушать статью',
  'artikel anhören',
  'écouter cet article',
];

/** A case-insensitive pattern matching any phrase of list, as a whole text or as a lead-in. */
export function phrasePattern(list: readonly string[], wholeText: boolean): RegExp {
  const escaped = list.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(wholeText ? `^(?:${escaped})\\s*:?$` : `^(?:${escaped})(?![\\p{L}])`, 'iu');
}
