// Hangul is an alphabet written in syllable blocks: each block (U+AC00–U+D7A3) is computed from an
// initial consonant, a vowel and an optional final consonant, so a Korean name is romanised by
// arithmetic, here by the Revised Romanization that Korean places are spelt in (부산 Busan, 해운대
// Haeundae, 인천 Incheon). Before round 39 the engine kept Hangul as it was, so 부산 never met Busan.

const initials = [
  'g',
  'kk',
  'n',
  'd',
  'tt',
  'r',
  'm',
  'b',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'k',
  't',
  'p',
  'h',
];
const vowels = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
/** Finals as they sound at a syllable's end (a cluster by the consonant that is heard). */
const finals = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];
/** A final carried onto a following vowel (박이 bagi, 한글을 hangeureul) sounds voiced or as its own letter. */
const carried: Readonly<Record<string, string>> = { k: 'g', t: 'd', p: 'b', l: 'r' };

const first = 0xac00;
const last = 0xd7a3;

interface Block {
  readonly initial: string;
  readonly vowel: string;
  readonly final: string;
}

function blockOf(char: string): Block | undefined {
  const code = (char.codePointAt(0) ?? 0) - first;
  if (code < 0 || code > last - first) return undefined;
  return {
    initial: initials[Math.floor(code / 588)] ?? '',
    vowel: vowels[Math.floor((code % 588) / 28)] ?? '',
    final: finals[code % 28] ?? '',
  };
}

/** One Hangul word in Revised Romanization letters ("부산" → "busan", "서울" → "seoul"); other letters kept. */
export function romaniseHangulWord(word: string): string {
  const chars = Array.from(word);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const block = blockOf(chars[i] ?? '');
    if (block === undefined) {
      out += chars[i] ?? '';
      continue;
    }
    const next = blockOf(chars[i + 1] ?? '');
    // A silent initial (ㅇ) takes the final before it; ㄹ after ㄹ is written l (Seollal).
    const initial = block.initial === 'r' && out.endsWith('l') ? 'l' : block.initial;
    let final = block.final;
    if (next !== undefined && next.initial === '' && final !== '' && final !== 'ng')
      final = carried[final] ?? final;
    out += `${initial}${block.vowel}${final}`;
  }
  return out;
}

/** A text with every run of Hangul syllables romanised; other scripts unchanged. */
export function romaniseHangul(text: string): string {
  return text.replace(/[\uac00-\ud7a3]+/gu, romaniseHangulWord);
}

/** Whether a word is written in Hangul syllables. */
export const isHangul = (word: string): boolean => /^[\uac00-\ud7a3]+$/u.test(word);

// Korean glues its case particles to the word (부산에서 "in Busan", 해운대구의 "of Haeundae district")
// and names a district, city or county with a suffix English drops (해운대구 Haeundae, 부산시 Busan).
const particles = [
  '에서는',
  '으로는',
  '에서',
  '으로',
  '에게',
  '까지',
  '부터',
  '에는',
  '의',
  '에',
  '은',
  '는',
  '을',
  '를',
  '이',
  '가',
  '와',
  '과',
  '도',
  '로',
];
const placeSuffixes = ['특별시', '광역시', '구', '시', '군', '도'];

/**
 * The forms of a Hangul word a name may hide under: as written, without one case particle, and
 * without a district or city suffix after that, each keeping at least two syllables.
 */
export function hangulStems(word: string): string[] {
  const forms = [word];
  const strip = (form: string, endings: readonly string[]): string | undefined => {
    const ending = endings.find(
      (e) => form.endsWith(e) && Array.from(form).length - Array.from(e).length >= 2,
    );
    return ending === undefined ? undefined : form.slice(0, -ending.length);
  };
  const bare = strip(word, particles);
  if (bare !== undefined) forms.push(bare);
  for (const form of [...forms]) {
    const own = strip(form, placeSuffixes);
    if (own !== undefined) forms.push(own);
  }
  return forms;
}
