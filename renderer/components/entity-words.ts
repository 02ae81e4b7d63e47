/** "1 mention" / "12 mentions". */
export function mentionCount(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'mention' : 'mentions'}`;
}

const typeHeadings: Record<string, string> = {
  person: 'People',
  organisation: 'Organisations',
  place: 'Places',
  event: 'Events',
  other: 'Other',
};

/** The heading of a group of entities of one type ("People"; a user-defined type as written). */
export function typeHeading(type: string): string {
  return typeHeadings[type] ?? type.charAt(0).toUpperCase() + type.slice(1);
}
