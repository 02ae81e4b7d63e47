import { describe, expect, it } from 'vitest';
import { capitalisedNames } from '../../../../main/core/related/capitalised-names.ts';

// Round 59 (issue 6): Chechen writes its palochka in the capital form (Ӏ, U+04C0) inside lower-case
// words, or types it as a Latin I. Held-out-59's Chechen trap met its report at 0.48 on "Ӏаламан"
// ("of nature"), read as a name because it began with a capital.

const text =
  'Шира гӀишлош ларъян еза аьлла, тахана дийцира Нохчийн Республикин министра Ислам Дудаевс, ' +
  'тхов тӀера хӀуманаш дӀаяхна бахьана долуш Ӏаламан хьал талла деза аьлла. ' +
  'Цо элира, белхалоша керла тхов тоха болам болийна, шира Iулгаш а ларъеш, хӀинца а болх беш бу. ' +
  'The engineer Ivan Petrov said in a statement that the old roof of the tower would be rebuilt by the end of the summer.';

describe('a word beginning with the palochka', () => {
  it('is no name, written with the palochka or with a Latin I', () => {
    const names = capitalisedNames(text, new Set(), 'ce');

    expect(names.filter((name) => /^[\u04c0I]\p{Script=Cyrillic}/u.test(name))).toEqual([]);
  });

  it('leaves a capitalised Cyrillic or Latin name beside it a name', () => {
    const names = capitalisedNames(text, new Set(), 'ce');

    expect(names).toEqual(expect.arrayContaining(['Нохчийн Республикин', 'Ислам Дудаевс', 'Ivan Petrov']));
  });
});
