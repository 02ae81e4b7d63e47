import { describe, expect, it } from 'vitest';
import { cappedScore } from '../../../../main/core/related/explain-relation.ts';
import { holdSeparateEpisodes, separateEpisodes } from '../../../../main/core/related/separate-episodes.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';
import { addArticles, fillerTopics, relatedTestDb, suggestionsFor } from './related-test-db.ts';

// Session 8, round 17 (issue 6): a second episode of the same kind of event in the same place (a
// second wildfire in the region a week later) shares the place, the cast and the kind of story's
// words; each episode has its own site and its own figures and repeats none of the other's. A true
// follow-up adds its own specifics too, but repeats one of the first report's (a figure, a name).

const entity = (key: string, label: string, type: string): FeatureRow => ({ key, weight: 1, label, type });
const figure = (key: string, label: string): FeatureRow => ({ key, weight: 1, label, type: null });
const rare = (): number => 2;
const articles = 1000;

const region = entity('e:n:velmora', 'Velmora', 'place');
const first = [region, entity('e:n:ostrava', 'Ostrava Ridge', 'place'), figure('n:1240', '1,240')];
const second = [region, entity('e:n:kelnik', 'Kelnik', 'place'), figure('n:380', '380')];

const judge = (a: readonly FeatureRow[], b: readonly FeatureRow[]): boolean =>
  separateEpisodes(a, b, sharedEvidence(a, b, rare, articles), rare, articles);

describe('separate episodes of one kind of event in one place', () => {
  it('judges two reports sharing only the place, each with its own site and figure, separate', () => {
    expect(judge(first, second)).toBe(true);
  });

  it('does not judge a follow-up that repeats a figure of the first report separate', () => {
    expect(judge(first, [...second, figure('n:1240', '1,240')])).toBe(false);
  });

  it('does not judge a follow-up that repeats a person’s full name or a company separate', () => {
    const person = entity('e:p:halvorsen', 'Mira Halvorsen', 'person');
    const company = entity('e:n:nordgrid', 'Nordgrid', 'capitalised');

    expect(judge([...first, person], [...second, person])).toBe(false);
    expect(judge([...first, company], [...second, company])).toBe(false);
  });

  it('does not judge a pair separate when one side has no site or no figure of its own', () => {
    expect(judge(first, [region, figure('n:380', '380')])).toBe(false);
    expect(judge(first, [region, entity('e:n:kelnik', 'Kelnik', 'place')])).toBe(false);
  });

  it('holds only comparable candidates sharing a name (above the far-wording score), and marks them', () => {
    const candidates = [
      { id: 1, score: 0.9, separate: true, copy: false, otherStory: false },
      { id: 2, score: 0.9, separate: false, copy: false, otherStory: false },
      { id: 3, score: 0.9, separate: true, copy: true, otherStory: false },
      { id: 4, score: 0.9, separate: true, copy: false, otherStory: false },
      { id: 5, score: 0.354, separate: true, copy: false, otherStory: false },
    ];

    const out = holdSeparateEpisodes(candidates, (id) => id !== 4);

    expect(out.map((c) => [c.id, c.score, c.otherStory])).toEqual([
      [1, cappedScore, true],
      [2, 0.9, false],
      [3, 0.9, false],
      [4, 0.9, false],
      [5, 0.354, false],
    ]);
  });
});

const fire = (village: string, hectares: string): string =>
  `A wildfire in Velmora burned ${hectares} hectares of pine and fir forest near ${village} on the mountain slopes, forcing the evacuation of the village as firefighters, water bombers, helicopters and fire engines fought flames driven by strong winds through dry undergrowth overnight; residents sheltered in a school gym, volunteers cut firebreaks, smoke closed the mountain road, power lines failed and the regional civil protection office sent more crews and aircraft before dawn`;

describe('a second wildfire in the same region a week later', () => {
  it('is not suggested for the first, while a follow-up repeating its figure is', async () => {
    const { db, related } = await relatedTestDb();
    const velmora = ['Velmora', 'place'] as const;
    const [report, secondFire, followUp] = addArticles(db, related, [
      {
        text: fire('Ostrava Ridge', '1,240'),
        entities: [velmora, ['Ostrava Ridge', 'place']],
        date: '2026-07-02',
      },
      { text: fire('Kelnik', '380'), entities: [velmora, ['Kelnik', 'place']], date: '2026-07-10' },
      {
        text: `${fire('Dravec', '1,240')}; the Ostrava Ridge fire is now contained`,
        entities: [velmora, ['Ostrava Ridge', 'place'], ['Dravec', 'place']],
        date: '2026-07-04',
      },
      ...fillerTopics,
    ]);

    const suggested = (await suggestionsFor(related, report)).map((s) => s.article.id);

    expect(suggested).toContain(followUp);
    expect(suggested).not.toContain(secondFire);
  });
});
