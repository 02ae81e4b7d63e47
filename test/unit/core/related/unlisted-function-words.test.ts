import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../../main/core/related/article-terms.ts';
import { unlistedFunctionWords } from '../../../../main/core/related/unlisted-function-words.ts';

// Round 42 (issue 6): held-out-37's Welsh and Tagalog reports met the trap in their own language on
// function words no list held ("mae", "wedi", "cael"; "ang", "mga"). They are read from the text now.

const words = (text: string): string[] => [...articleTerms(text).values()].map((t) => t.word);

const tagalog =
  'Namatay ang mga isda sa lawa ng Taal ayon sa BFAR. Puno ng tilapia ang mga kulungan sa Taal. ' +
  'Sinabi ng alkalde ng Taal na ang mga mangingisda ay nawalan ng kita.';

const welsh =
  "Mae'r cyngor wedi cael cais i ddymchwel y capel. Yn ôl Cyngor Gwynedd, mae'r capel wedi " +
  "cael ei gau, ac mae'r gwaith yn Blaenau Ffestiniog wedi cael ei ohirio tra mae Cyngor Gwynedd yn aros.";

// Basque: "surf" titles the report and opens its sentences, as the English reports' "surf" is the story's.
const basque =
  'Surf klubek txapelketa boikotatuko dute. Surf federazioak esan du Mundakako olatua galdu dela eta ' +
  'surf eskolak itxi dituztela eta klubek protesta egingo dute eta Mundakako herriak ere bai dute. Surf.';

describe('function words of a language without a list', () => {
  it('are the short words its text repeats, and never terms', () => {
    const found = words(tagalog);
    for (const word of ['ang', 'mga']) expect(found).not.toContain(word);
    for (const word of ['taal', 'tilapia', 'kulungan', 'mangingisda']) expect(found).toContain(word);
  });

  it('are told by being written in lower case three times, so a name repeated as often is kept', () => {
    const found = words(welsh);
    for (const word of ['mae', 'wedi', 'cael']) expect(found).not.toContain(word);
    for (const word of ['capel', 'gwynedd', 'blaenau']) expect(found).toContain(word);
  });

  it('leave a word of the story that mostly titles and opens its sentences', () => {
    const found = words(basque);
    for (const word of ['dute', 'eta']) expect(found).not.toContain(word);
    expect(found).toContain('surf');
  });

  it('are not looked for in a text of a language whose function words are listed', () => {
    // English: "the", "and", "was" are listed, so "lake", repeated, stays the story's word.
    const english = 'The lake was calm. The fish in the lake died and the lake turned over, the bureau said.';
    expect(words(english)).toContain('lake');
    expect(unlistedFunctionWords(english, 14, 8).size).toBe(0);
  });

  it('are not looked for in Cyrillic, whose listed function words are mostly too short to count', () => {
    // Bulgarian: "на", "и", "в" are under three letters, so few of its words are known ones.
    expect(words('вино вино вино от избата на манастира и вино')).toContain('вино');
  });
});
