import { describe, expect, it } from 'vitest';
import { episodeShare } from '../../../../main/core/related/term-burstiness.ts';
import { addArticles, fillerTopics, relatedTestDb, suggestionsFor } from './related-test-db.ts';

// Session 7, round 13 (issue 6): a word of a KIND of story (an outage, an inspection, a recall) is
// carried by articles all over the library's dates; a story's own words by articles within weeks. A
// pair sharing a cast and only kind-of-event words is the same cast in another story.

const cast = [
  ['Levan Gogoladze', 'person'],
  ['Tbilisi Transport Company', 'organisation'],
] as const;

/** Words any story of this kind uses: four of them, rare in a small library. */
const kindWords = 'breakdown inspectors suspension passengers';

const story = (subject: string): string =>
  `Levan Gogoladze, Tbilisi Transport Company: ${subject}, ${kindWords}.`;

const cableCar = story(
  'a cabin that stalled on the ropeway above the river, where people were stranded for hours until rescue climbers lowered them with harnesses; engineers blamed a worn brake, a faulty motor, a frayed rope and a winch that overheated, firefighters waited at the lower station, every gondola line closed, and relatives gathered beside the tower while technicians tested pulleys, sensors, wheels, clamps, cables and backup generators before nightfall',
);
const buses = story(
  'a tender for electric buses, a new depot with chargers, a fleet replacing diesel vehicles on busy routes, drivers trained for quieter engines, kilowatt tariffs agreed with suppliers, a factory delivering chassis, warranties on batteries, timetables rewritten for charging pauses, garages rebuilt with solar roofs, emissions falling across districts, procurement rules, loans from development banks, contracts, invoices, spare tyres and uniforms for conductors',
);
/** Other stories of the same kind, elsewhere, using the same kind words. */
const otherEvents = [
  `A ferry in Split: ${kindWords} after a rudder failed near the harbour wall.`,
  `A tram in Porto: ${kindWords} when a pantograph snapped on the hill line.`,
];

describe('words of a kind of story', () => {
  it('do not make the same cast in another story a suggestion when other events months apart use them', async () => {
    const { db, related } = await relatedTestDb();
    const [first, other] = addArticles(db, related, [
      { text: cableCar, entities: cast, date: '2026-03-02' },
      { text: buses, entities: cast, date: '2026-03-05' },
      { text: otherEvents[0] ?? '', date: '2025-06-10' },
      { text: otherEvents[1] ?? '', date: '2024-11-20' },
      ...fillerTopics,
    ]);

    const suggested = (await suggestionsFor(related, first)).map((s) => s.article.id);

    expect(suggested).not.toContain(other);
  });

  it('still count as the story’s wording when every article using them falls within the same weeks', async () => {
    const { db, related } = await relatedTestDb();
    const [first, other] = addArticles(db, related, [
      { text: cableCar, entities: cast, date: '2026-03-02' },
      { text: buses, entities: cast, date: '2026-03-05' },
      { text: otherEvents[0] ?? '', date: '2026-03-08' },
      { text: otherEvents[1] ?? '', date: '2026-03-10' },
      ...fillerTopics,
    ]);

    const suggested = (await suggestionsFor(related, first)).map((s) => s.article.id);

    expect(suggested).toContain(other);
  });

  it('counts a word by the share of its articles dated within weeks of the pair', async () => {
    const { db, related } = await relatedTestDb();
    addArticles(db, related, [
      { text: 'ropeway gondola stalled', date: '2026-03-02' },
      { text: 'ropeway gondola reopened', date: '2026-03-20' },
      { text: 'ropeway gondola built', date: '2024-01-05' },
      { text: 'ropeway gondola museum', date: '2019-07-01' },
      ...fillerTopics,
    ]);
    const share = episodeShare(db);
    const { key } = db.prepare("SELECT key FROM related_features WHERE key LIKE 't:gondol%'").get() as {
      key: string;
    };
    const march2026 = Date.UTC(2026, 2, 2) / 86_400_000;

    expect(share(key, march2026)).toBeCloseTo(0.5);
    expect(share(key, null)).toBe(1);
  });
});

/** Words of a kind of event (an outage at a network operator) any such report uses. */
const outageWords = 'outage customers switching voice hours restored operator';
const kyrgyz = `${outageWords}: Bishkek subscribers blamed a faulty core update, regulators opened a licence review, the apologising chief executive promised credits, rivals gained roaming traffic, engineers rolled back firmware, banks reported card terminals failing, taxis lost dispatch, the parliament summoned managers.`;
const chile = `${outageWords}: Santiago fibre cut by roadworks, a landslide near Valparaiso, backup generators at a data centre failed, hospitals switched to radios, schools closed early, the telecoms undersecretary demanded a report, shoppers queued at cash machines, football highlights vanished.`;
/** More reports of that kind, at other times. */
const moreOutages = [
  `${outageWords}: a Lagos exchange flooded.`,
  `${outageWords}: a Manila cable anchor drag.`,
];

describe('wording made only of a kind of event', () => {
  const library = (far: boolean) =>
    moreOutages.map((text, index) => ({
      text,
      date: far ? `${2019 + index}-0${index + 1}-15` : `2026-05-${10 + index}`,
    }));

  it('is not offered even as a possible suggestion when reports of that kind span the library’s dates', async () => {
    const { db, related } = await relatedTestDb();
    const [first, other] = addArticles(db, related, [
      { text: kyrgyz, date: '2026-05-02' },
      { text: chile, date: '2026-05-04' },
      ...library(true),
      ...fillerTopics,
    ]);

    const suggested = (await suggestionsFor(related, first)).map((s) => s.article.id);

    expect(suggested).not.toContain(other);
  });

  it('is offered as a possible suggestion when every report using those words falls within weeks', async () => {
    const { db, related } = await relatedTestDb();
    const [first, other] = addArticles(db, related, [
      { text: kyrgyz, date: '2026-05-02' },
      { text: chile, date: '2026-05-04' },
      ...library(false),
      ...fillerTopics,
    ]);

    const suggested = (await suggestionsFor(related, first)).map((s) => s.article.id);

    expect(suggested).toContain(other);
  });
});
