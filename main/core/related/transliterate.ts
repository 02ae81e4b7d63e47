import { romaniseArmenian } from './armenian-script.ts';
import { romaniseGeorgian } from './georgian-script.ts';
import { romaniseHangul } from './hangul-romanisation.ts';

// Names cross scripts: Сергей Лавров, Sergey Lavrov, Sergej Lawrow and Serguei Lavrov must share a
// key. Cyrillic and Greek are romanised, then spellings that differ only by national
// transliteration habits (w/v, j/y/i, kh/ch/h, doubled letters) are folded together.

const cyrillic: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  є: 'ye',
  і: 'i',
  ї: 'yi',
  ґ: 'g',
  ў: 'u',
  // Serbian and Macedonian letters, as Serbian and Macedonian Latin write them; phoneticWord
  // then folds dj/gj/kj onto d/g/k so that Đoković, Djokovic and Dokovic (foldText) all meet.
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
  // Round 51: Tajik, Uzbek and Kazakh letters Russian lacks, as English news spells them (Панҷ Panj,
  // Ҳамадонӣ Hamadoni, Ғафуров Ghafurov, Қазақстан Kazakstan). ӣ and ӯ lose their macron as accents do.
  ҷ: 'j',
  ҳ: 'h',
  қ: 'k',
  ғ: 'gh',
  ң: 'ng',
  ә: 'a',
  ө: 'o',
  ү: 'u',
  ұ: 'u',
  һ: 'h',
  // Round 57: Bashkir's qa, ze and es with a descender (Баймаҡ Baymak, Ҡаҙан Kazan; ҫ is Russian с) and
  // the Tatar zhe with one (Җәлил, Musa Jalil), which English news from Russian spellings writes k, z, s
  // and j. Before, they were dropped: Баймаҡ read "bayma", Ҡаҙан "aan".
  ҡ: 'k',
  ҙ: 'z',
  ҫ: 's',
  җ: 'j',
};

/** Letters only Serbian or Macedonian Cyrillic has: a word with one is read the South Slavic way. */
const southSlavic = /[ђјљњћџѓќѕ]/u;

/** Where Serbian/Macedonian Latin writes č, š, ž, c, h (folded to c, s, z, c, h) and Russian English ch, sh, zh, ts, kh. */
const southSlavicLetters: Readonly<Record<string, string>> = { ч: 'c', ш: 's', ж: 'z', ц: 'c', х: 'h' };

const greek: Readonly<Record<string, string>> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

/**
 * Greek has no letters for b, d and g: it writes them μπ, ντ and γκ at the start of a word (Μπενάκη is
 * Benaki, Ντόρα Dora, Γκίκας Gikas), and γγ sounds ng (Αγγελική, Angeliki). Inside a word μπ and ντ
 * are as often written mp and nt in Latin (Lamprakis, Antonis), so only the word's start is read so.
 */
function greekDigraphs(lower: string): string {
  return lower
    .replace(/(?<!\p{L})μπ/gu, 'b')
    .replace(/(?<!\p{L})ντ/gu, 'd')
    .replace(/(?<!\p{L})γκ/gu, 'g')
    .replace(/γγ/gu, 'ng');
}

/**
 * Round 34: Russian writes ъ only as a silent sign before е, ё, ю, я (подъезд); Bulgarian writes it as a
 * vowel everywhere else, and Bulgarian Latin spells that vowel a (Гърков is Garkov, Търново Tarnovo).
 * Dropped as a sign, it left "grkov", which met no Latin spelling of the same man.
 */
function bulgarianVowel(lower: string): string {
  return lower.replace(/ъ(?![еёюя])/gu, 'а');
}

/**
 * Round 34: Greek writes u as ου and av, ev (af, ef before a voiceless consonant or at a word's end)
 * as αυ, ευ: Σταύρου is Stavrou, Ευάγγελος Evangelos, Ευθύμιος Efthymios. Read letter by letter they
 * were "stayroy", "eyangelos", and met no Latin spelling of the same name. Read on the accented text,
 * so that a diaeresis (ϋ, ΰ: two vowels, as in Ταΰγετος) keeps its letters apart.
 */
function greekVowelDigraphs(word: string): string {
  return word
    .replace(/ο[υύ]/gu, 'ou')
    .replace(/([αεη])[υύ](?=[θκξπσςτφχψ]|$)/gu, (_, vowel: string) => `${vowelOf(vowel)}f`)
    .replace(/([αεη])[υύ]/gu, (_, vowel: string) => `${vowelOf(vowel)}v`);
}

/**
 * The words of a name (NFC, as written), each lower-cased, Greek vowel digraphs read in all but
 * acronyms: ΕΥΑΘ is spelt letter by letter in Latin too (EYATH), so it keeps its letters.
 */
function lowerWithGreekDigraphs(composed: string): string {
  return composed
    .split(/(\P{L}+)/u)
    .map((word) => {
      const lower = word.toLowerCase();
      const acronym = word.length > 1 && word === word.toUpperCase() && word !== lower;
      return acronym ? lower : greekVowelDigraphs(lower);
    })
    .join('');
}

/** The Latin vowel of a Greek α, ε, η before υ (the digraph's accent falls on the υ: αύ, εύ). */
const vowelOf = (vowel: string): string => ({ α: 'a', ε: 'e', η: 'i' })[vowel] ?? vowel;

/** Lower-cased Latin letters for a name in any of Latin, Cyrillic, Greek, Georgian, Armenian or Hangul script, diacritics dropped. */
export function romanise(name: string): string {
  // ѓ and ќ decompose to г and к plus an accent: spelled гј and кј before the accents are dropped.
  // Hangul is romanised first, by its syllable blocks (round 39: hangul-romanisation.ts).
  // Round 40: Georgian too, letter by letter (georgian-script.ts); round 41 Armenian (armenian-script.ts).
  const composed = lowerWithGreekDigraphs(
    romaniseArmenian(romaniseGeorgian(romaniseHangul(name.normalize('NFC')))),
  );
  const serbian = southSlavic.test(composed);
  const lower = bulgarianVowel(
    greekDigraphs(composed.replace(/ѓ/gu, 'гј').replace(/ќ/gu, 'кј').normalize('NFD').replace(/\p{M}/gu, '')),
  );
  let out = '';
  let previous = ' ';
  for (const char of lower) {
    // е after a vowel or at the start of a word sounds "ye" (Токаев → Tokayev, Ельцин → Yeltsin);
    // Serbian and Macedonian write that sound with ј, so there е is always e.
    const yeSound = !serbian && char === 'е' && /[\sаеёиоуыэюяіїєьъ-]/u.test(previous);
    const local = serbian ? southSlavicLetters[char] : undefined;
    out += yeSound ? 'ye' : (local ?? cyrillic[char] ?? greek[char] ?? char);
    previous = char;
  }
  // Latin đ has no decomposition: written dj as in Serbian Latin transcriptions (Djokovic).
  return out.replace(/ß/gu, 'ss').replace(/đ/gu, 'dj');
}

/**
 * A spelling-tolerant key of one romanised word: German and French transliterations
 * (Lawrow, Tschernyschow, Serguei) fold onto the English ones, and a final vowel is dropped so
 * that inflected forms (Путина, Шойгу cut to Шойг by a stemmer) agree.
 */
export function phoneticWord(word: string): string {
  const folded = word
    .replace(/[^a-z]/gu, '')
    .replace(/tsch/gu, 'ch')
    .replace(/sch/gu, 'sh')
    .replace(/kh/gu, 'h')
    // Serbian đ, Macedonian ǵ and ḱ: Djokovic, Đoković (dj), Dokovic (đ folded to d) all meet.
    .replace(/([dgk])j/gu, '$1')
    .replace(/w/gu, 'v')
    .replace(/[jy]/gu, 'i')
    .replace(/ou/gu, 'u')
    .replace(/gu(?=[ei])/gu, 'g')
    // Round 34: e after a vowel is written ye in English from Russian (Tokayev, Andreyev) and e from
    // Bulgarian or in other spellings (Peeva, Tokaev, Andreev): both are e here.
    .replace(/(?<=[aeiou])ie/gu, 'e')
    .replace(/(.)\1+/gu, '$1');
  return folded.length > 3 ? folded.replace(/[aeiou]+$/u, '') : folded;
}
