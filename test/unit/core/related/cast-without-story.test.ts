import { describe, expect, it } from 'vitest';
import { holdCastWithoutStory } from '../../../../main/core/related/cast-without-story.ts';
import { cappedScore } from '../../../../main/core/related/explain-relation.ts';
import { withPossibleSuggestions } from '../../../../main/core/related/possible-suggestions.ts';
import { addArticles, fillerTopics, relatedTestDb, suggestionsFor } from './related-test-db.ts';

// Session 6, round 11 (issue 6): two full texts in one language sharing who and where but nothing
// that says what happened are the same cast in another story, and stay out of the suggestions.

const cast = [
  ['Levan Gogoladze', 'person'],
  ['Tbilisi Transport Company', 'organisation'],
] as const;

/** A text of many distinct words on one subject, naming the cast: long enough to share wording. */
const story = (subject: string): string => `Levan Gogoladze, Tbilisi Transport Company: ${subject}.`;

const cableCar = story(
  'a cabin that stalled on the ropeway above the river, where passengers were stranded for hours until rescue climbers lowered them with harnesses; engineers blamed a worn brake, a faulty motor, a frayed rope and a winch that overheated, firefighters waited at the lower station, inspectors closed every gondola line, and relatives gathered beside the tower while technicians tested pulleys, sensors, wheels, clamps, cables and backup generators before nightfall',
);
const buses = story(
  'a tender for electric buses, a new depot with chargers, a fleet replacing diesel vehicles on busy routes, drivers trained for quieter engines, kilowatt tariffs agreed with suppliers, a factory delivering chassis, warranties on batteries, timetables rewritten for charging pauses, garages rebuilt with solar roofs, emissions falling across districts, procurement rules, loans from development banks, contracts, invoices, spare tyres and uniforms for conductors',
);

describe('the same cast in another story', () => {
  it('does not suggest a text in the same language that shares only the names', async () => {
    const { db, related } = await relatedTestDb();
    const [first, other] = addArticles(db, related, [
      { text: cableCar, entities: cast, date: '2026-03-02' },
      { text: buses, entities: cast, date: '2026-03-05' },
      ...fillerTopics,
    ]);

    const suggested = (await suggestionsFor(related, first)).map((s) => s.article.id);

    expect(suggested).not.toContain(other);
  });

  it('still suggests a text in another language sharing the names, where wording cannot show', async () => {
    const { db, related } = await relatedTestDb();
    const [first, other] = addArticles(db, related, [
      { text: cableCar, entities: cast, date: '2026-03-02' },
      { text: buses, entities: cast, date: '2026-03-05', lang: 'ka' },
      ...fillerTopics,
    ]);

    const suggested = (await suggestionsFor(related, first)).map((s) => s.article.id);

    expect(suggested).toContain(other);
  });

  it('holds only comparable candidates with no piece saying what happened, and marks them', () => {
    const candidates = [
      { id: 1, score: 0.9, topic: 0, copy: false, otherStory: false },
      { id: 2, score: 0.9, topic: 1, copy: false, otherStory: false },
      { id: 3, score: 0.9, topic: 0, copy: true, otherStory: false },
      { id: 4, score: 0.9, topic: 0, copy: false, otherStory: false },
    ];

    const out = holdCastWithoutStory(candidates, (id) => id !== 4);

    expect(out.map((c) => [c.id, c.score, c.otherStory])).toEqual([
      [1, cappedScore, true],
      [2, 0.9, false],
      [3, 0.9, false],
      [4, 0.9, false],
    ]);
  });

  it('never offers a candidate judged another story as a possible suggestion by its wording', () => {
    const shown = [{ id: 1, score: 0.9, similarity: 0.3 }];
    const judged = { id: 2, score: cappedScore, similarity: 0.4, otherStory: true };
    const alike = { id: 3, score: 0.05, similarity: 0.2 };

    const out = withPossibleSuggestions(shown, [...shown, judged, alike], 10);

    expect(out.map((c) => c.id)).toEqual([1, 3]);
  });
});
