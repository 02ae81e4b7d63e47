import type { ReactNode } from 'react';
import type { EntityPage } from '../../main/shared/entity-types.ts';
import { fillMonths } from './timeline-months.ts';

type Timeline = EntityPage['timeline'];

const monthFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', timeZone: 'UTC' });

function monthName(period: string): string {
  const time = Date.parse(`${period}-01T00:00:00Z`);
  return Number.isNaN(time) ? period : monthFormat.format(time);
}

/** Mentions by month of publication as a bar chart (one labelled bar per month). */
export function MentionTimeline({ timeline }: { readonly timeline: Timeline }): ReactNode {
  const months = fillMonths(timeline);
  const highest = Math.max(1, ...months.map((point) => point.mentions));
  if (months.length === 0) {
    return <p className="entity-empty">No dated mentions.</p>;
  }
  return (
    <div className="entity-timeline">
      <ol className="timeline-bars" aria-label="Mentions by month">
        {months.map(({ period, mentions }) => {
          const label = `${monthName(period)}: ${mentions} ${mentions === 1 ? 'mention' : 'mentions'}`;
          return (
            <li key={period} className="timeline-month" title={label} aria-label={label}>
              <span className="timeline-bar" style={{ height: `${(mentions / highest) * 100}%` }} />
            </li>
          );
        })}
      </ol>
      <div className="timeline-axis" aria-hidden="true">
        <span>{monthName(months[0]?.period ?? '')}</span>
        {months.length > 1 ? <span>{monthName(months.at(-1)?.period ?? '')}</span> : null}
      </div>
    </div>
  );
}
