import { describe, expect, it } from 'vitest';
import { durations } from '../../../../main/core/related/durations.ts';

// Session 5 (issue 6): spans of time are figures that survive translation.

const keys = (text: string): string[] => [...durations(text).keys()];

describe('spans of time as figures', () => {
  it('reads the same span written in English, German, French and Russian, in words or digits', () => {
    expect(keys('stored for five years')).toEqual(['n:5y']);
    expect(keys('fünf Jahre lang gespeichert')).toEqual(['n:5y']);
    expect(keys('conservées pendant cinq ans')).toEqual(['n:5y']);
    expect(keys('хранятся пять лет')).toEqual(['n:5y']);
    expect(keys('a 5-year retention period')).toEqual(['n:5y']);
  });

  it('reads compound spans: "five-year", "fünfjährige", "48-Stunden-Streik"', () => {
    expect(keys("Belgium's five-year rule")).toEqual(['n:5y']);
    expect(keys('die fünfjährige Speicherung')).toEqual(['n:5y']);
    expect(keys('ein 48-Stunden-Streik')).toEqual(['n:48h']);
  });

  it('tells months, weeks, days and hours apart', () => {
    expect(keys('six months, sechs Wochen, six jours, 6 hours')).toEqual(['n:6mo', 'n:6w', 'n:6d', 'n:6h']);
  });

  it('leaves out "one day" and "a year" (idioms as often as spans), and numbers inside words', () => {
    expect(keys('one day, a year, often days later')).toEqual([]);
  });
});
