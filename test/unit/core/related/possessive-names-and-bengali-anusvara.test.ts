import { describe, expect, it } from 'vitest';
import { capitalisedNames } from '../../../../main/core/related/capitalised-names.ts';
import { caselessSkeletons, latinSkeleton } from '../../../../main/core/related/consonant-skeleton.ts';
import { explainPair } from '../../../../main/core/related/score-related.ts';
import { addArticles, fillerTopics, relatedTestDb } from './related-test-db.ts';

// Round 57: held-out-54's English follow-up names Malvan only as "Malvan's" (three times), so it was no
// word to the name reader and the page never met the Marathi report's मालवण. Held-out-55's Assamese
// ৰংঘৰ (Rang Ghar) read "rgr": the anusvara was dropped.

/** A text with few capitals inside its sentences, as a report's is, holding `sentence`. */
const inReport = (sentence: string): string =>
  `the boats were hit by the waves in the night and the men say the work will take weeks because the wood is old. ${sentence} the rest of the fleet stayed in the harbour until the sea was calm again and the wind had dropped.`;

describe('a name written with an ending after an apostrophe', () => {
  it('is read without it: an English possessive, a Turkish case ending', () => {
    expect(capitalisedNames(inReport("the launches of Malvan's harbour were hit."))).toEqual(['Malvan']);
    expect(capitalisedNames(inReport("then the boats of Gölyaka'da were hit."))).toEqual(['Gölyaka']);
    expect(capitalisedNames(inReport("they stood at the Fens' edge."))).toEqual(['Fens']);
  });

  it('ends the name: the next capitalised word is a name of its own', () => {
    expect(capitalisedNames(inReport("the bells of Yaguarón's Franciscan church rang."))).toEqual([
      'Yaguarón',
      'Franciscan',
    ]);
  });

  it("lets an English follow-up naming a town only as its possessive meet the town's name in Marathi", async () => {
    const { db, related } = await relatedTestDb();
    const [mr, en] = addArticles(db, related, [
      {
        text: 'मालवण बंदरात शुक्रवारी दुपारी आलेल्या उधाणात दोन लाकडी होड्या जेटीच्या दगडांवर आदळून फुटल्या.',
        lang: 'mr',
        date: '2046-10-02',
      },
      {
        text: inReport("on the sand below Malvan's fishing harbour two launches lie on their sides."),
        date: '2046-10-07',
      },
      ...fillerTopics,
    ]);

    const pair = explainPair(db, mr, en);
    expect(pair.candidateRank).not.toBeNull();
    expect(pair.evidence.entities.map((e) => e.name)).toContain('Malvan');
  });

  it('is left alone when a capital follows the apostrophe', () => {
    expect(capitalisedNames(inReport("then Sant'Andrea and O'Brien spoke."))).toEqual([]);
  });
});

describe('a Bengali or Assamese anusvara before a consonant', () => {
  it('is the ng Latin spellings write', () => {
    expect(caselessSkeletons('বাংলাদেশ')).toEqual([latinSkeleton('Bangladesh')]);
    expect(caselessSkeletons('ৰংঘৰ')).toEqual([latinSkeleton('Rang Ghar')]);
  });

  it('in Devanagari and Malayalam, and at a word end, reads as before', () => {
    expect(caselessSkeletons('सावंत')).toEqual(['sbt']);
    expect(caselessSkeletons('मुंबई')).toEqual([latinSkeleton('Mumbai')]);
    expect(caselessSkeletons('में')).toEqual(['m']);
    expect(caselessSkeletons('മലപ്പുറം')).toEqual([latinSkeleton('Malappuram')]);
  });
});
