/** One bar of the timeline: a month (YYYY-MM) and its mentions. */
export interface MonthCount {
  readonly period: string;
  readonly mentions: number;
}

/** Beyond this many months the gaps are not filled in (the bars would be hairlines). */
const maxFilledMonths = 240;

function monthIndex(period: string): number {
  const [year = Number.NaN, month = Number.NaN] = period.split('-').map(Number);
  return year * 12 + month - 1;
}

/** Every month from the first period to the last, quiet ones with 0, so gaps show in the chart. */
export function fillMonths(timeline: readonly MonthCount[]): readonly MonthCount[] {
  const first = timeline[0];
  const last = timeline.at(-1);
  if (first === undefined || last === undefined) return timeline;
  const start = monthIndex(first.period);
  const span = monthIndex(last.period) - start + 1;
  if (!Number.isFinite(span) || span <= 0 || span > maxFilledMonths) return timeline;
  const counts = new Map(timeline.map((point) => [point.period, point.mentions]));
  return Array.from({ length: span }, (_, offset) => {
    const at = start + offset;
    const period = `${Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, '0')}`;
    return { period, mentions: counts.get(period) ?? 0 };
  });
}
