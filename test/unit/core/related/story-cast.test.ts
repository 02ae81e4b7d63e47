import { describe, expect, it } from 'vitest';
import { sharesStoryCast } from '../../../../main/core/related/story-cast.ts';
import { addArticles, fillerTopics, relatedTestDb, suggestionsFor } from './related-test-db.ts';

// Session 9, round 28 (issue 6): a first report and its follow-up four days later shared two people
// named in full, a chamber and the city, but no figure and little wording; the cast-without-story rule
// held them as another story. Two rare people named in full within a week are the story's own cast.

const cast = [
  ['Herta Valdner', 'person'],
  ['Oskar Brunnhuber', 'person'],
  ['Velmora Guild of Carriers', 'organisation'],
] as const;

const protest = `Herta Valdner, Oskar Brunnhuber, Velmora Guild of Carriers: a council plan to sell new permits to the highest bidder, drawing hundreds of protesting owners with banners to the square outside the town hall, where horns sounded, speeches were given from a lorry, leaflets handed out to shoppers, petitions signed at folding tables, and police diverted traffic around the cathedral while councillors met behind closed doors.`;
const appeal = `Herta Valdner, Oskar Brunnhuber, Velmora Guild of Carriers: an appeal lodged with the administrative judges, whose lawyers argue the tender breaches equal treatment, asking for an injunction, suspension of deadlines, disclosure of valuations, hearings scheduled for spring, written submissions from ministries, expert reports on competition, costs awarded against the municipality, and a ruling expected before summer.`;

describe('a pair sharing the story’s cast within a week', () => {
  it('suggests the follow-up sharing two people named in full though it shares no figure', async () => {
    const { db, related } = await relatedTestDb();
    const [first, followUp] = addArticles(db, related, [
      { text: protest, entities: cast, date: '2026-11-16' },
      { text: appeal, entities: cast, date: '2026-11-20' },
      ...fillerTopics,
    ]);

    const suggested = (await suggestionsFor(related, first)).map((s) => s.article.id);

    expect(suggested).toContain(followUp);
  });

  it('does not count one person and the organisation they speak for as the story’s cast', () => {
    const entities = [
      { name: 'Miriam Holm', type: 'person', weight: 0.92, person: true },
      { name: 'Velmora Hospitals Trust', type: 'organisation', weight: 0.92 },
    ];

    expect(sharesStoryCast({ entities, days: 1 })).toBe(false);
  });

  it('does not count two people shared more than a week apart', () => {
    const entities = [
      { name: 'Herta Valdner', type: 'person', weight: 1, person: true },
      { name: 'Oskar Brunnhuber', type: 'person', weight: 1, person: true },
    ];

    expect(sharesStoryCast({ entities, days: 3 })).toBe(true);
    expect(sharesStoryCast({ entities, days: 20 })).toBe(false);
  });
});
