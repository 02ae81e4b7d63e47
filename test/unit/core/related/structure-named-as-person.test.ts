import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../../main/core/related/entity-key.ts';
import { cappedScore } from '../../../../main/core/related/explain-relation.ts';
import { keyedType, namesAPlace } from '../../../../main/core/related/place-not-person.ts';
import { addArticles, fillerTopics, relatedTestDb, suggestionsFor } from './related-test-db.ts';

// Session 10, round 30 (issue 6): the entity suggester typed "Clyde Tunnel" a person, keyed by its
// last word as the surname "Tunnel". A report on the tunnel's failed fans and an analysis 15 days later
// naming the tunnel scored 0.70 on their own evidence, yet shared "one person and nothing of the story"
// and were held at the single-piece score as another story, out of each other's suggestions.

/** The first report: its own figures, people and many words of the closure. */
const report = {
  text: 'The Clyde Tunnel was closed in both bores for four hours after its ventilation fans stopped in the morning rush hour. A power fault at the fan control panel left the backup supply idle while sensors showed fumes rising; drivers waited with engines running, paramedics checked two motorists, queues stretched across the Kingston Bridge, buses were diverted through Partick, hauliers complained about missed deliveries, and commuters abandoned cars on slip roads. Councillor Morag Dunlop, convener for transport, promised engineers would replace the switchgear, and one bore reopened shortly after lunchtime once technicians restarted the extractors manually.',
  entities: [
    ['Clyde Tunnel', 'person'],
    ['Morag Dunlop', 'person'],
  ],
  date: '2026-02-05',
} as const;

/** An analysis 15 days later naming the tunnel once, nobody of the story, in its own words. */
const analysis = {
  text: 'Britain maintains dozens of ageing road tunnels whose mechanical and electrical systems date from the nineteen seventies. The recent failure in the Clyde Tunnel showed how fans, bores and ventilation depend on a backup that nobody tests, argues Dr Fiona Sinclair, an engineering professor at a university in Edinburgh. European rules cover only the trans-European network, so inspectors rarely demand safety files, evacuation drills or sensors that warn operators early; budgets for bridges, viaducts and culverts compete with potholes, and a national fund for major structures has been discussed by ministers for a decade without legislation.',
  entities: [
    ['Clyde Tunnel', 'person'],
    ['Fiona Sinclair', 'person'],
  ],
  date: '2026-02-20',
} as const;

describe('a structure the suggester reads as a person', () => {
  it('is keyed by its whole name as a site, or as a place when named like a street', () => {
    expect(keyedType('Clyde Tunnel', 'person')).toBe('other');
    expect(keyedType('Kingston Bridge', 'person')).toBe('other');
    expect(keyedType('Foch Street', 'person')).toBe('place');
    expect(entityKey('Clyde Tunnel', keyedType('Clyde Tunnel', 'person'))).not.toBe(
      entityKey('Gotthard Tunnel', keyedType('Gotthard Tunnel', 'person')),
    );
  });

  it('leaves people, one-word names and other types as they were typed', () => {
    expect(keyedType('Harry Ferry', 'person')).toBe('person');
    expect(keyedType('Morag Dunlop', 'person')).toBe('person');
    expect(keyedType('Tunnel', 'person')).toBe('person');
    expect(keyedType('Clyde Tunnel', 'organisation')).toBe('organisation');
    expect(namesAPlace('Tunnel')).toBe(false);
  });

  it('lets an analysis weeks later naming the structure meet its first report above the single-piece score', async () => {
    const { db, related } = await relatedTestDb();
    const [first, later] = addArticles(db, related, [report, analysis, ...fillerTopics]);

    const suggestion = (await suggestionsFor(related, later)).find((s) => s.article.id === first);

    expect(suggestion?.score ?? 0).toBeGreaterThan(cappedScore);
  });
});
