import nlp from 'compromise';
import type { EntityHint } from './classify-span.ts';
import type { EntityType } from './entity-types.ts';

interface OffsetTerm {
  readonly offset: { readonly start: number; readonly length: number };
}

/** People, organisations and places that `compromise` finds in English text, as character ranges. */
export function englishHints(text: string): EntityHint[] {
  const doc = nlp(text);
  const pick = (view: { json: (options: object) => unknown }, type: EntityType): EntityHint[] =>
    (view.json({ offset: true }) as OffsetTerm[]).map(({ offset }) => ({
      start: offset.start,
      end: offset.start + offset.length,
      type,
    }));
  return [
    ...pick(doc.people(), 'person'),
    ...pick(doc.organizations(), 'organisation'),
    ...pick(doc.places(), 'place'),
  ];
}
