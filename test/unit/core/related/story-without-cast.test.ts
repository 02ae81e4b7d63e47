import { describe, expect, it } from 'vitest';
import {
  cappedScore,
  farWordingScore,
  type Evidence,
} from '../../../../main/core/related/explain-relation.ts';
import {
  holdSeparateEpisodes,
  sharesStoryWithoutCast,
} from '../../../../main/core/related/separate-episodes.ts';
import { addArticles, fillerTopics, relatedTestDb, suggestionsFor } from './related-test-db.ts';

// Session 9, round 24 (issue 6): an analysis weeks after a local report names the report's town among
// its own towns and figures and repeats the story's wording, but no one who acted. The separate-episode
// rule (its own site and figure on each side) held it as another story, under the display floor.

const storyWords = [
  { word: 'fountains', weight: 1 },
  { word: 'sewers', weight: 1 },
  { word: 'springs', weight: 1 },
  { word: 'taps', weight: 1 },
];
const evidence = (over: Partial<Evidence>): Evidence => ({
  entities: [{ name: 'Velmora', type: 'place', weight: 0.92, scene: false }],
  numbers: [],
  terms: storyWords,
  similarity: 0.23,
  words: [],
  days: 17,
  ...over,
});

describe('a pair weeks apart sharing the story and one place but no cast', () => {
  it('shares the story without the cast when weeks apart with the story’s wording and one place', () => {
    expect(sharesStoryWithoutCast(evidence({}))).toBe(true);
  });

  it('does not within two weeks, nor with a shared person, a second rare name or little wording', () => {
    const agency = { name: 'Water Board', type: 'organisation', weight: 0.92, institution: true };
    const town = { name: 'Kelnik', type: 'place', weight: 0.9 };
    const engineer = { name: 'Ana Velić', type: 'person', weight: 1, person: true };

    expect(sharesStoryWithoutCast(evidence({ days: 8 }))).toBe(false);
    expect(sharesStoryWithoutCast(evidence({ entities: [engineer] }))).toBe(false);
    expect(sharesStoryWithoutCast(evidence({ entities: [...evidence({}).entities, town] }))).toBe(false);
    expect(sharesStoryWithoutCast(evidence({ entities: [...evidence({}).entities, agency] }))).toBe(false);
    expect(sharesStoryWithoutCast(evidence({ terms: storyWords.slice(0, 1), similarity: 0.05 }))).toBe(false);
  });

  it('shares the story weeks later with the institution where it happened beside a gazetteer city', () => {
    // Round 41: an analysis 39 days after a university's plan to close music names "the University of
    // Otago" once and Wellington (a capital, at a gazetteer place's full weight), and the story's words.
    const university = { name: 'University of Otago', type: 'organisation', weight: 1, institution: true };
    const capital = { name: 'Wellington', type: 'place', weight: 0.5, scene: true, institution: true };

    expect(sharesStoryWithoutCast(evidence({ entities: [university, capital], days: 39 }))).toBe(true);
    expect(sharesStoryWithoutCast(evidence({ entities: [university, capital], days: 5 }))).toBe(false);
    // Read from its capitals, a second rare name is no gazetteer scene: still two of the story's names.
    expect(
      sharesStoryWithoutCast(evidence({ entities: [university, { ...capital, capitals: true }], days: 39 })),
    ).toBe(false);
  });

  it('shares the story weeks later with its rare site beside a city many stories name, on its wording alone', () => {
    // Round 35: an analysis 42 days on names the bell's tower and its city, and the story's own words.
    const site = [
      { name: 'Dom Tower', type: 'place', weight: 1, scene: false },
      { name: 'Utrecht', type: 'place', weight: 0.42, scene: true },
    ];
    const wording = [
      { word: 'carillon', weight: 1 },
      { word: 'clapper', weight: 1 },
    ];

    expect(
      sharesStoryWithoutCast(evidence({ entities: site, terms: wording, similarity: 0.15, days: 42 })),
    ).toBe(true);
    expect(
      sharesStoryWithoutCast(evidence({ entities: site, terms: wording, similarity: 0.15, days: 9 })),
    ).toBe(false);
  });

  it('caps such a separate-episode pair at the far-wording score instead of holding it as another story', () => {
    const candidates = [
      { id: 1, score: 0.9, separate: true, copy: false, otherStory: false, storyWithoutCast: true },
      { id: 2, score: 0.9, separate: true, copy: false, otherStory: false, storyWithoutCast: false },
    ];

    const out = holdSeparateEpisodes(candidates, () => true);

    expect(out.map((c) => [c.id, c.score, c.otherStory])).toEqual([
      [1, farWordingScore, false],
      [2, cappedScore, true],
    ]);
  });
});

const report = (site: string, figure: string): string =>
  `E. coli was found in the mineral water fountains of Velmora near ${site}, where ${figure} residents fill bottles from public taps fed by hot springs; cracked sewers beside the spring collectors leaked into the pipes, the municipality closed the fountains, hotels warned spa guests, inspectors took samples from every tap and deposits of sludge were dug out of the collectors before the springs were reopened to the public`;

describe('an analysis three weeks after a local report', () => {
  it('is suggested for the report, not held as a second episode', async () => {
    const { db, related } = await relatedTestDb();
    const velmora = ['Velmora', 'place'] as const;
    const [first, analysis] = addArticles(db, related, [
      { text: report('Kelnik', '1,240'), entities: [velmora, ['Kelnik', 'place']], date: '2026-07-02' },
      {
        text: `Why spa towns struggle to keep mineral water clean: ${report('Dravec', '380')}`,
        entities: [velmora, ['Dravec', 'place']],
        date: '2026-07-23',
      },
      ...fillerTopics,
    ]);

    const suggestions = await suggestionsFor(related, first);

    expect(suggestions.map((s) => s.article.id)).toContain(analysis);
    expect(suggestions.find((s) => s.article.id === analysis)?.score).toBeLessThan(0.5);
  });
});
