// Irish (Gaeilge) names Ireland's places in Irish (Gaillimh is Galway, Leitir Móir Lettermore), and
// changes a word's first letters by the word before it: "i nGaillimh" (eclipsis, "in Galway"), "ón
// gCeathrú Rua", "na hÉireann", "an tSionainn", "Chontae" for "Contae" (lenition). Before round 45 an
// Irish report read as nothing against an English one on the same village: its places were words no
// English article writes. In a text written in Irish, each word is read without its mutation and runs
// of up to three words are looked up among the Irish names below, each keyed to the English name the
// gazetteer or an English report's capitals give it.

/** Irish name(s) (radical forms, nominative and genitive, without the article "An") = English name. */
const lines = `Éire|Éireann = Ireland
Baile Átha Cliath = Dublin
Corcaigh|Corcaí = Cork
Gaillimh|Gaillimhe = Galway
Luimneach|Luimnigh = Limerick
Port Láirge = Waterford
Cill Chainnigh = Kilkenny
Sligeach|Sligigh = Sligo
Dún na nGall = Donegal
Maigh Eo = Mayo
Ciarraí = Kerry
Clár|Cláir = Clare
Tiobraid Árann = Tipperary
Loch Garman = Wexford
Cill Mhantáin = Wicklow
Ros Comáin = Roscommon
Liatroim = Leitrim
Cabhán|Cabháin = Cavan
Muineachán|Muineacháin = Monaghan
Uíbh Fhailí = Offaly
Ceatharlach|Cheatharlach = Carlow
Cill Dara = Kildare
Longfort|Longfoirt = Longford
Iarmhí = Westmeath
Béal Feirste = Belfast
Doire = Derry
Ard Mhacha = Armagh
Trá Lí = Tralee
Cill Airne = Killarney
Dún Dealgan = Dundalk
Droichead Átha = Drogheda
Sionainn = Shannon
Conamara = Connemara
Árainn = Aran
Inis Mór = Inishmore
Inis Meáin = Inishmaan
Inis Oírr = Inisheer
Spidéal|Spidéil = Spiddal
Ceathrú Rua = Carraroe
Leitir Móir = Lettermore
Leitir Mealláin = Lettermullan
Ros an Mhíl = Rossaveal
Cill Chiaráin = Kilkieran
Ros Muc = Rosmuck
Daingean|Daingin = Dingle
Baile an Fheirtéaraigh = Ballyferriter
Gaoth Dobhair = Gweedore
Clochán Liath = Dungloe
Toraigh = Tory
Béal an Mhuirthead = Belmullet
Acaill = Achill
Baile Bhuirne = Ballyvourney
Ráth Chairn = Rathcairn`;

/** How an Irish word is compared: without its fadas, lower case. */
const fold = (word: string): string =>
  word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** The radical (unmutated) form of an Irish word: eclipsis, h- and t- prefixes and lenition undone. */
export function irishRadical(word: string): string {
  return (
    word
      // Eclipsis (mB, gC, nD, bhF, nG, bP, dT; n- before a vowel) and the prefixed h and t.
      .replace(
        /^(?:m(?=B)|g(?=C)|n(?=[DG])|bh(?=F)|b(?=P)|d(?=T)|n-?(?=[AEIOUÁÉÍÓÚ])|t-?(?=[AEIOUÁÉÍÓÚS])|h(?=[AEIOUÁÉÍÓÚ]))/u,
        '',
      )
      // Lenition: an h after the first consonant (Chorcaí, Mhantáin, Shligigh, Fhailí).
      .replace(/^([BCDFGMPSTbcdfgmpst])h(?=\p{L})/u, '$1')
  );
}

const index = new Map<string, string>();
let longest = 1;
for (const line of lines.split('\n')) {
  const [names = '', english = ''] = line.split(' = ');
  for (const name of names.split('|')) {
    const words = name.split(' ').map((w) => fold(irishRadical(w)));
    index.set(words.join(' '), english);
    longest = Math.max(longest, words.length);
  }
}

// Words only Irish writes (and, said, was, is, in the): a text holding several of them is in Irish.
const irishWords =
  /(?:^|[\s,.;:"“(])(?:agus|dúirt|bhí|atá|bhfuil|raibh|freisin|nuair|inné|aréir)(?=[\s,.;:!?"”)])/giu;
/** How many Irish words a text needs to be read as Irish. */
const irishEvidence = 3;

/** Whether a text is written in Irish: it holds several words only Irish writes. */
export function isIrishText(text: string): boolean {
  // Cheap exit: every Irish text of any length holds "agus", "bhí" or "dúirt".
  if (!/agus|bhí|dúirt/iu.test(text)) return false;
  let count = 0;
  const matches = text.matchAll(irishWords);
  while (!matches.next().done) if (++count >= irishEvidence) return true;
  return false;
}

const clean = (word: string): string => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/**
 * The Irish place names of a text written in Irish, as written (surface run) → English name
 * ("i nGaillimh" gives "nGaillimh" → Galway); an empty map for any other text.
 */
export function irishPlaces(text: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!isIrishText(text)) return found;
  const words = text.split(/\s+/u).filter((w) => w !== '');
  const surfaces = words.map(clean);
  // Each word is read once: its radical, folded (the cost of this pass, for Irish texts only).
  const radicals = surfaces.map(irishRadical);
  const keys = radicals.map(fold);
  for (let start = 0; start < words.length; start++) {
    // A place name starts with a capital once its mutation is undone.
    if (!/^\p{Lu}/u.test(radicals[start] ?? '')) continue;
    for (let length = Math.min(longest, words.length - start); length >= 1; length--) {
      // A run may not cross the end of a sentence or a clause.
      if (words.slice(start, start + length - 1).some((w) => /[.,;:!?)"»”]$/u.test(w))) continue;
      const english = index.get(keys.slice(start, start + length).join(' '));
      if (english === undefined) continue;
      const surface = surfaces.slice(start, start + length);
      found.set(surface.join(' '), english);
      // "An Cheathrú Rua": the name with its article is the same place.
      const before = surfaces[start - 1] ?? '';
      if (before === 'An') found.set(`An ${surface.join(' ')}`, english);
      start += length - 1;
      break;
    }
  }
  return found;
}
