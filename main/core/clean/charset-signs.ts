// The letters charset scoring (guess-charset.ts) looks for, as one flag table indexed by
// UTF-16 code unit: a single array read per character instead of eight Set/string lookups.
// Every listed character is in the BMP; characters beyond it have no flag.

/** One of the most frequent Russian letters. */
export const russianCommonSign = 1;
/** Russian letters that together make only ~5% of text; Hebrew misread as windows-1251 is full of them. */
export const russianRareSign = 2;
/** Letters rare outside Icelandic: windows-1252 reading Turkish or Czech bytes produces them. */
export const westernRareSign = 4;
/** One of the most frequent Chinese, Japanese or Korean characters. */
export const cjkCommonSign = 8;
/** Letters that only end a word: Greek final sigma, Hebrew final kaf, mem, nun, pe, tsadi. */
export const finalFormSign = 16;
/** Latin-1 symbols no word contains: right after a letter they are ISO-8859-2 (or 1250) letters misread. */
export const wordSymbolSign = 32;
const western1252Sign = 64;
const centralEuropeanSign = 128;
const turkishSign = 256;

/** The signature-letter flag rewarded for a Latin charset, or 0 for charsets with none. */
export const latinSignatureSign: Readonly<Record<string, number>> = {
  'windows-1252': western1252Sign,
  'windows-1250': centralEuropeanSign,
  'iso-8859-2': centralEuropeanSign,
  'windows-1254': turkishSign,
};

/** Flags of each BMP code unit (see the *Sign constants). */
export const charSigns = new Uint16Array(0x10000);

function mark(chars: string, sign: number): void {
  for (const char of chars) charSigns[char.charCodeAt(0)] = (charSigns[char.charCodeAt(0)] ?? 0) | sign;
}

mark('оеаинтсрвлкмдпу', russianCommonSign);
mark('щъэюфцжшйё', russianRareSign);
mark('ðþýÐÞÝ', westernRareSign);
mark(
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实',
  cjkCommonSign,
);
mark('日本人年大中一出事時行会見上下月分生自言前後東京語新今国者学業間社', cjkCommonSign);
mark('이다는의에가을를하고지서한로기사도니으어리자시대아해여수정나인부게라있만구', cjkCommonSign);
mark('ςךםןףץ', finalFormSign);
mark('¤¦¨¬¯±¶¸¼½¾¿', wordSymbolSign);
mark('éèàâêçñüöäßôîïûùáíóú', western1252Sign);
mark('řěůčďťňľĺŕőűłąęśźżńŘŠŽČŁ', centralEuropeanSign);
mark('ğşıİŞĞ', turkishSign);
