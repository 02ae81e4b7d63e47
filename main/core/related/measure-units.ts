// Round 59: the units a measured quantity is read in, what each measures and its size (issue 6).
// The words each language writes them with are in unit-words.ts.

/** What a quantity measures, its key letter: length, area, speed, mass, volume, temperature. */
export type Measure = 'l' | 'a' | 's' | 'm' | 'v' | 't';

/** A unit: what it measures and its size in SI units (metres, m², m/s, kg, litres). */
export interface Unit {
  readonly measure: Measure;
  readonly size: number;
  /** Symbols every language writes alike. */
  readonly symbols?: string;
}

/**
 * The units, in the order they are tried at one place: speeds and areas before lengths, so "km/h"
 * and "square metres" are not read as "km" and "metres".
 */
const unitTable = {
  kmh: { measure: 's', size: 1 / 3.6, symbols: 'km/h|kmh|kph|км/ч|км/час|км/год|км/х|χλμ/ώρα' },
  mph: { measure: 's', size: 0.44704, symbols: 'mph' },
  mps: { measure: 's', size: 1, symbols: 'm/s|м/с' },
  knot: { measure: 's', size: 0.51444 },
  sqkm: { measure: 'a', size: 1e6, symbols: 'km²|km2|км²|км2' },
  sqm: { measure: 'a', size: 1, symbols: 'm²|m2|м²|м2' },
  sqft: { measure: 'a', size: 0.092903 },
  sqmi: { measure: 'a', size: 2.58999e6 },
  ha: { measure: 'a', size: 1e4 },
  stremma: { measure: 'a', size: 1000 },
  acre: { measure: 'a', size: 4046.86 },
  km: { measure: 'l', size: 1000, symbols: 'km|км|χλμ' },
  mile: { measure: 'l', size: 1609.34 },
  cm: { measure: 'l', size: 0.01, symbols: 'cm|см' },
  mm: { measure: 'l', size: 0.001, symbols: 'mm|мм' },
  m: { measure: 'l', size: 1 },
  ft: { measure: 'l', size: 0.3048 },
  inch: { measure: 'l', size: 0.0254 },
  yard: { measure: 'l', size: 0.9144 },
  tonne: { measure: 'm', size: 1000 },
  kg: { measure: 'm', size: 1, symbols: 'kg|кг' },
  lb: { measure: 'm', size: 0.45359 },
  litre: { measure: 'v', size: 1 },
  // A gallon is 4.55 litres in Britain and 3.79 in America: both are read (measured-quantities.ts).
  gallon: { measure: 'v', size: 4.54609 },
} as const satisfies Record<string, Unit>;

export type UnitId = keyof typeof unitTable;

/** Each unit by its id. */
export const units: Readonly<Record<UnitId, Unit>> = unitTable;

/** A unit's words in one language, each a pattern of alternatives ("kilomet(?:re|er)s?"). */
export type UnitWords = Partial<Record<UnitId, string>>;
