import { describe, expect, it } from 'vitest';
import { separateEpisodes } from '../../../../main/core/related/separate-episodes.ts';
import { sharedEvidence } from '../../../../main/core/related/shared-evidence.ts';
import type { FeatureRow } from '../../../../main/core/store/related-repository.ts';

// Round 59 (issue 6): held-out-60's Frisian reports of one storm, a day apart, one on a mill that lost
// its sails and one on a museum that lost its roof, shared the town, the weather office and the gust
// (118 km/h), and scored 0.94. Each tells its own incident: its own building, its own people named in
// full. A follow-up of one of them repeats its site or a person, or more than the occasion's one figure.

const row = (key: string, label: string, type: string | null): FeatureRow => ({
  key,
  weight: 1,
  label,
  type,
});
const dokkum = row('e:n:dokum', 'Dokkum', 'place');
const weatherOffice = row('e:n:knmi', 'KNMI', 'organisation');
const gust = row('n:118', '118', null);
const mill = row('e:n:zeldenrust', 'Zeldenrust', 'capitalised');
const miller = row('e:p:hoekstr', 'Sjoerd Hoekstra', 'capitalised');
const built = row('n:1862', '1862', null);
const museum = row('e:n:admiraliteitshus', 'Admiraliteitshûs', 'capitalised');
const curator = row('e:p:viersm', 'Tsjitske Wiersma', 'capitalised');

/** Whether two texts' features, `days` apart, are judged two episodes (or incidents), every feature rare. */
const judged = (a: readonly FeatureRow[], b: readonly FeatureRow[], days = 1): boolean =>
  separateEpisodes(a, b, { ...sharedEvidence(a, b, () => 2, 1000), days }, () => 2, 1000);

describe('two reports of one occasion', () => {
  it('are two incidents when each has its own site and its own people, sharing only the occasion and one figure', () => {
    expect(
      judged(
        [dokkum, weatherOffice, gust, mill, miller, built],
        [dokkum, weatherOffice, gust, museum, curator],
      ),
    ).toBe(true);
  });

  it('are one story when the second repeats the site of the first', () => {
    expect(
      judged(
        [dokkum, weatherOffice, gust, mill, miller, built],
        [dokkum, weatherOffice, gust, mill, museum, curator],
      ),
    ).toBe(false);
  });

  it('are one story when the second names a person of the first in full', () => {
    expect(
      judged(
        [dokkum, weatherOffice, gust, mill, miller, built],
        [dokkum, weatherOffice, gust, museum, miller, curator],
      ),
    ).toBe(false);
  });

  it('are one story when they share more figures than the occasion gives', () => {
    expect(
      judged(
        [dokkum, weatherOffice, gust, mill, miller, built],
        [dokkum, weatherOffice, gust, built, museum, curator],
      ),
    ).toBe(false);
  });

  it('are not two incidents of one occasion weeks apart: the later one is an analysis', () => {
    expect(
      judged(
        [dokkum, weatherOffice, gust, mill, miller, built],
        [dokkum, weatherOffice, gust, museum, curator],
        30,
      ),
    ).toBe(false);
  });

  it("are one story when the figure they share is one text's measure converted by the other", () => {
    const sails = row('n:~l61', '22 meter', null);
    const converted = row('n:~l61', '72ft', null);
    expect(
      judged(
        [dokkum, weatherOffice, sails, mill, miller, built],
        [dokkum, weatherOffice, converted, museum, curator],
      ),
    ).toBe(false);
  });

  it('are not judged two incidents when one names no person of its own', () => {
    expect(
      judged([dokkum, weatherOffice, gust, mill, miller, built], [dokkum, weatherOffice, gust, museum]),
    ).toBe(false);
  });

  it('look up no library count when one names no person of its own', () => {
    const a = [dokkum, weatherOffice, gust, mill, miller, built];
    const b = [dokkum, weatherOffice, gust, museum];
    const evidence = { ...sharedEvidence(a, b, () => 2, 1000), days: 1 };
    const counted: string[] = [];
    const df = (key: string): number => {
      counted.push(key);
      return 2;
    };

    expect(separateEpisodes(a, b, evidence, df, 1000)).toBe(false);
    expect(counted).toEqual([]);
  });
});
