// The suggester's rules differ by language: English uses an NLP library, German capitalises every
// noun, Russian and French write institutions in lower case. Articles often carry no language tag,
// so a cheap guess from function words fills in.

import { baseLanguage } from '../../shared/base-language.ts';

/** The languages with their own rules; any other language gets the generic rules ('xx'). */
export type EntityLanguage = 'en' | 'ru' | 'de' | 'fr' | 'xx';

const markers: Record<'en' | 'de' | 'fr', RegExp> = {
  en: /\b(?:the|and|of|to|in|is|that|was|for)\b/giu,
  de: /(?<![\p{L}])(?:der|die|und|das|nicht|mit|ist|den|ein|auf)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:le|la|les|et|des|est|une|dans|pour|du)(?![\p{L}])/giu,
};

/** The rule set for a declared language tag ("en-GB", "ru"), or a guess from the text when there is none. */
export function entityLanguage(text: string, lang: string | null | undefined): EntityLanguage {
  // Its base language: "frr" (North Frisian) and "rue" (Rusyn) are not French and Russian.
  const declared = baseLanguage(lang) ?? '';
  if (declared === 'en' || declared === 'ru' || declared === 'de' || declared === 'fr') return declared;
  if (declared !== '') return 'xx';
  const sample = text.slice(0, 5000);
  const cyrillic = (sample.match(/[\u0400-\u04ff]/gu) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters > 0 && cyrillic / letters > 0.3) return 'ru';
  const scores = (['en', 'de', 'fr'] as const).map(
    (code) => [code, (sample.match(markers[code]) ?? []).length] as const,
  );
  const best = scores.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : 'xx';
}
