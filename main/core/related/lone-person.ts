import { pieceWeight, strongSimilarity, type Evidence } from './explain-relation.ts';

// The same person in another matter: a professor quoted on a vineyard frost and the same professor
// leading a rankings inquiry a week later share his rare full name, perhaps his university (common
// enough to weigh under half), and the words any text about him uses ("professor", his name), but
// nothing of what happened: no other rare name, no rare figure or date, and wording under the level
// at which an analysis weeks later is taken as the story's (strongSimilarity, explain-relation.ts).
// A person is the cast of many stories; alone he is who, not what. Judged only between comparable
// texts (one language, full length: cast-without-story.ts), where wording could have shown the story.

/** Whether the pair shares exactly one rare name, a person's, no rare figure or date, and little wording. */
export function sharesOnlyOnePerson(
  evidence: Pick<Evidence, 'entities' | 'numbers' | 'similarity'>,
): boolean {
  const names = evidence.entities.filter((e) => e.scene !== true && e.weight >= pieceWeight);
  const person = names.length === 1 && names[0]?.person === true;
  const figures = evidence.numbers.some((n) => n.weight >= pieceWeight);
  return person && !figures && evidence.similarity < strongSimilarity;
}
