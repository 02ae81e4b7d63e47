import { describe, expect, it } from 'vitest';
import { suggestEntities, type SuggestedEntity } from '../../../../main/core/entities/suggest-entities.ts';

function find(entities: readonly SuggestedEntity[], name: string): SuggestedEntity | undefined {
  return entities.find((entity) => entity.name === name);
}

function names(entities: readonly SuggestedEntity[]): string[] {
  return entities.map((entity) => `${entity.type}: ${entity.name}`);
}

describe('suggestEntities in English', () => {
  it('names a person after a title without the title, and types them as a person', () => {
    const text = 'Gen. Christopher Cavanagh met Sen. Robert Caldwell and Dr. Helen Okafor in the capital.';
    const entities = suggestEntities(text, 'en');

    expect(names(entities)).toEqual(
      expect.arrayContaining([
        'person: Christopher Cavanagh',
        'person: Robert Caldwell',
        'person: Helen Okafor',
      ]),
    );
    expect(names(entities).some((name) => name.includes('Gen.') || name.includes('Dr.'))).toBe(false);
  });

  it('reads a street named kind first and a particle as a place, and keeps a person so named a person', () => {
    const streets = suggestEntities(
      'The main burst under Rua de Costa Cabral in Porto; marchers filled Calle de Alcalá, then Rue de Rivoli.',
      'en',
    );
    const people = suggestEntities('The actress Rue McClanahan met the goalkeeper Calle Johansson.', 'en');

    expect(names(streets)).toEqual(
      expect.arrayContaining([
        'place: Rua de Costa Cabral',
        'place: Calle de Alcalá',
        'place: Rue de Rivoli',
      ]),
    );
    expect(streets.filter((entity) => entity.type === 'person')).toEqual([]);
    expect(names(people)).toEqual(['person: Rue McClanahan', 'person: Calle Johansson']);
  });

  it('suggests organisations by legal suffix, head noun and acronym', () => {
    const text =
      'Shares in Northwind Software Ltd. rose after the Ministry of Energy and the Federal Trade Commission ' +
      'spoke, and officials from NATO said nothing.';
    const entities = suggestEntities(text, 'en');

    for (const name of ['Northwind Software Ltd.', 'Ministry of Energy', 'Federal Trade Commission', 'NATO'])
      expect(find(entities, name)?.type).toBe('organisation');
  });

  it('keeps an organisation named after a place whole ("Bank of England") and suggests no separate place', () => {
    const entities = suggestEntities('The Bank of England kept rates unchanged on Thursday.', 'en');

    expect(names(entities)).toEqual(['organisation: Bank of England']);
  });

  it('finds gazetteer places, groups "U.S." with "United States", and cuts the possessive', () => {
    const text = "Russia's exports grew. The United States and officials in the U.S. reacted in Washington.";
    const entities = suggestEntities(text, 'en');

    const russia = find(entities, 'Russia');
    expect(russia?.type).toBe('place');
    expect(russia?.mentions).toEqual([{ start: 0, end: 6, text: 'Russia' }]);
    expect(find(entities, 'United States')?.mentions.map((m) => m.text)).toEqual(['United States', 'U.S.']);
    expect(find(entities, 'Washington')?.type).toBe('place');
  });

  it('suggests no month, weekday or sentence-initial function word', () => {
    const text = 'On Monday the talks resumed. In March, nobody came. The minister left in August.';

    expect(suggestEntities(text, 'en')).toEqual([]);
  });

  it('absorbs a later surname into the full name seen first ("Putin" into "Vladimir Putin")', () => {
    const text = 'Vladimir Putin spoke on Friday. Later, Putin said the deal was good. Putin left.';
    const entities = suggestEntities(text, 'en');

    const putin = find(entities, 'Vladimir Putin');
    expect(putin?.type).toBe('person');
    expect(putin?.mentions.map((m) => m.text)).toEqual(['Vladimir Putin', 'Putin', 'Putin']);
    expect(find(entities, 'Putin')).toBeUndefined();
  });

  it('finds a name inside quotation marks', () => {
    const text = '"We are not there yet," said Prime Minister Tomas Lindqvist. "Ask Lindqvist," she said.';
    const lindqvist = find(suggestEntities(text, 'en'), 'Tomas Lindqvist');

    expect(lindqvist?.mentions.map((m) => m.text)).toEqual(['Tomas Lindqvist', 'Lindqvist']);
  });

  it('gives offsets into the text, end exclusive, that slice to the mention text', () => {
    const text = 'In Geneva, President Elena Marković met the UN team.\n\nMarković left Geneva on Tuesday.';
    const entities = suggestEntities(text, 'en');

    expect(entities.length).toBeGreaterThanOrEqual(3);
    for (const entity of entities)
      for (const mention of entity.mentions)
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(find(entities, 'Geneva')?.mentions.map((m) => m.start)).toEqual([3, text.lastIndexOf('Geneva')]);
  });
});

describe('suggestEntities in other languages', () => {
  it('does not suggest an ordinary German noun, but finds a titled name and a city', () => {
    const text =
      'Die Gewerkschaft fordert mehr Lohn. Bundeskanzler Friedrich Merz sprach in München mit den Pendlern.';
    const entities = suggestEntities(text, 'de');

    expect(names(entities)).toEqual(expect.arrayContaining(['person: Friedrich Merz', 'place: München']));
    expect(names(entities).some((name) => /Gewerkschaft|Lohn|Pendlern/u.test(name))).toBe(false);
  });

  it('finds a Russian name after a title and a city in another case form', () => {
    const text = 'Президент России Владимир Путин прибыл в Москве. Путина встретили в Казахстане.';
    const entities = suggestEntities(text, 'ru');

    const putin = find(entities, 'Владимир Путин');
    expect(putin?.type).toBe('person');
    expect(putin?.mentions.map((m) => m.text)).toEqual(['Владимир Путин', 'Путина']);
    expect(names(entities)).toEqual(
      expect.arrayContaining(['place: Москве', 'place: России', 'place: Казахстане']),
    );
  });

  it('finds French titles ("M.", "Mme") and gazetteer names', () => {
    const text = 'Selon M. Macron, la France paiera. Mme Laurence Tubiana a parlé à Moscou.';
    const entities = suggestEntities(text, 'fr');

    expect(names(entities)).toEqual(
      expect.arrayContaining([
        'person: Macron',
        'place: France',
        'person: Laurence Tubiana',
        'place: Moscou',
      ]),
    );
  });

  it('guesses the language when the article has no tag', () => {
    const entities = suggestEntities(
      'Die Bahn fährt nicht. Der Zug nach Berlin fällt aus, und das ist schlecht.',
      null,
    );

    expect(names(entities)).toEqual(['place: Berlin']);
  });
});
