import { describe, expect, it } from 'vitest';
import { caselessScriptPlaces } from '../../../../main/core/related/caseless-script-places.ts';
import {
  caselessSkeletons,
  latinSkeleton,
  namesInCaselessWords,
} from '../../../../main/core/related/consonant-skeleton.ts';
import { entityKey } from '../../../../main/core/related/entity-key.ts';
import { explainPair } from '../../../../main/core/related/score-related.ts';
import { featuresOf } from '../../../../main/core/store/related-repository.ts';
import { otherSide, skeletonKeys } from '../../../../main/core/related/skeleton-keys.ts';
import { addArticles, fillerTopics, relatedTestDb } from './related-test-db.ts';

// Round 57: held-out-57's Dhivehi report (Thaana script) met no English page: no Thaana word had a
// reading, so neither its people nor its Malé (މާލޭގެ, "of Malé") were read. Its Bashkir follow-up showed
// that Bashkir's own letters (ҡ ҙ ҫ) were dropped from every name romanised.

const word = (label: string): { key: string; label: string } => ({ key: `t:${label}`, label });

describe('a Dhivehi name in Thaana', () => {
  it('is met by its Latin spelling, with or without a case ending', () => {
    expect(caselessSkeletons('ތުޅާދޫ')).toEqual([latinSkeleton('Thulhaadhoo')]);
    expect(caselessSkeletons('ރަޝީދު')).toEqual([latinSkeleton('Rasheed')]);
    expect(caselessSkeletons('ތުޅާދޫގައި')).toContain(latinSkeleton('Thulhaadhoo'));
    expect(caselessSkeletons('ކުޅުދުއްފުށީގެ')).toContain(latinSkeleton('Kulhudhuffushi'));
  });

  it('is stored as a skeleton key on the caseless side, met by the Latin name', () => {
    const thaana = skeletonKeys([word('ކުޅުދުއްފުށި')]);
    const latin = skeletonKeys([{ key: 'e:n:kulhudhufushi', label: 'Kulhudhuffushi' }]);

    expect(thaana).toEqual(['x:c:kldps']);
    expect(latin.map(otherSide)).toContain(thaana[0]);
  });

  it('of a person is found among the words of a Dhivehi text, and another name is not', () => {
    const names = [
      { key: 'e:p:salem', label: 'Ahmed Saleem' },
      { key: 'e:p:nasheed', label: 'Ahmed Nasheed' },
    ];
    const words = ['އަޙްމަދު', 'ސަލީމް', 'ބުނީ', 'ލަކުޑި'].map(word);

    expect(namesInCaselessWords(names, words).map((n) => n.label)).toEqual(['Ahmed Saleem']);
  });
});

describe('a Dhivehi text naming Malé', () => {
  it('names the gazetteer place in any case, and no other word of it is a place', () => {
    const places = caselessScriptPlaces('މާލޭގެ ހުކުރު މިސްކިތުގައި ރޭ އަލިފާން ރޯވި. މާލެ އަކީ ދިވެހިރާއްޖޭގެ ވެރިރަށެވެ.');

    expect([...places]).toEqual([
      ['މާލޭގެ', 'Malé'],
      ['މާލެ', 'Malé'],
      ['ދިވެހިރާއްޖޭގެ', 'Maldives'],
    ]);
  });
});

describe('a Dhivehi text', () => {
  it('keeps more than sixty terms, as the other scripts read by their consonants do', async () => {
    // Eighty distinct words of three Thaana letters each, every one written once.
    const letters = Array.from('ހށނރބޅކވމފދތލގސޑޒޓޕޖ');
    const words = Array.from({ length: 80 }, (_, i) => {
      const at = (n: number): string => letters[n % letters.length] ?? '';
      return `${at(i)}\u07a6${at(i * 7 + 3)}\u07a8${at(Math.floor(i / 4) + 5)}\u07aa`;
    });
    const { db, related } = await relatedTestDb();
    const [dv] = addArticles(db, related, [{ text: words.join(' '), lang: 'dv' }, ...fillerTopics]);

    const terms = (featuresOf(db, [dv]).get(dv)?.features ?? []).filter((f) => f.key.startsWith('t:'));
    expect(terms.length).toBeGreaterThan(60);
  });
});

describe('a Dhivehi report and an English one on the same city', () => {
  it('are each other’s candidates, sharing Malé', async () => {
    const { db, related } = await relatedTestDb();
    const [dv, en] = addArticles(db, related, [
      { text: 'މާލޭގެ ހުކުރު މިސްކިތުގައި ރޭ ރޯވި އަލިފާނުގެ ސަބަބުން ސީލިންގެ ބައެއް ބައިތަކަށް ގެއްލުން ލިބިއްޖެއެވެ.', lang: 'dv', date: '2049-05-21' },
      {
        text: 'Lacquerers have begun restoring the scorched ceiling panels of the old mosque in Malé after the blaze.',
        entities: [['Malé', 'place']],
        date: '2049-05-26',
      },
      ...fillerTopics,
    ]);

    const pair = explainPair(db, dv, en);
    expect(pair.candidateRank).not.toBeNull();
    expect(pair.evidence.entities).toHaveLength(1);
    expect(explainPair(db, en, dv).candidateRank).not.toBeNull();
  });
});

describe('a Bashkir or Tatar name in Cyrillic', () => {
  it('keeps the letters Russian lacks, as English spells the name', () => {
    expect(entityKey('Баймаҡ', 'place')).toBe(entityKey('Baymak', 'place'));
    expect(entityKey('Ҡаҙан', 'place')).toBe('e:c:kazan');
    expect(entityKey('Ирек Ҡаһарманов', 'person')).toBe(entityKey('Irek Kaharmanov', 'person'));
    expect(entityKey('Муса Җәлил', 'person')).toBe(entityKey('Musa Jalil', 'person'));
  });

  it('in Russian letters is keyed as before', () => {
    expect(entityKey('Баймак', 'place')).toBe(entityKey('Baymak', 'place'));
    expect(entityKey('Казань', 'place')).toBe('e:c:kazan');
  });
});
