import type { EntityType, SuggestedEntity, TypedMention } from './entity-types.ts';

/** The type most of a group's mentions have (first seen wins a tie). */
function majorityType(mentions: readonly TypedMention[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const mention of mentions) counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
  let best = mentions[0]?.type ?? 'person';
  for (const [type, count] of counts) if (count > (counts.get(best) ?? 0)) best = type;
  return best;
}

/** The fullest form seen: the longest mention text, the earliest on a tie. */
function fullestName(mentions: readonly TypedMention[]): string {
  let best = mentions[0]?.text ?? '';
  for (const mention of mentions) if (mention.text.length > best.length) best = mention.text;
  return best;
}

/**
 * Where a one-word person key ("putin") belongs: the unique longer person name that starts or ends
 * with it ("vladimir putin"), so later surnames join the full name.
 */
function absorbingKey(key: string, personKeys: readonly string[]): string | undefined {
  if (key.includes(' ')) return undefined;
  const owners = personKeys.filter((other) => {
    const words = other.split(' ');
    return words.length > 1 && (words.at(-1) === key || words[0] === key);
  });
  const lastNames = owners.filter((other) => other.split(' ').at(-1) === key);
  if (lastNames.length === 1) return lastNames[0];
  return owners.length === 1 ? owners[0] : undefined;
}

/** Groups typed mentions into entities: same key, then short person names into full ones. */
export function groupMentions(mentions: readonly TypedMention[]): SuggestedEntity[] {
  const groups = new Map<string, TypedMention[]>();
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const group = groups.get(mention.key);
    if (group === undefined) groups.set(mention.key, [mention]);
    else if (!group.some((m) => m.start === mention.start)) group.push(mention);
  }
  const personKeys = [...groups].filter(([, group]) => majorityType(group) === 'person').map(([key]) => key);
  for (const key of personKeys) {
    const owner = absorbingKey(key, personKeys);
    if (owner === undefined) continue;
    groups.get(owner)?.push(...(groups.get(key) ?? []));
    groups.delete(key);
  }
  return [...groups.values()].map((group) => {
    const sorted = group.sort((a, b) => a.start - b.start);
    return {
      name: fullestName(sorted),
      type: majorityType(sorted),
      mentions: sorted.map(({ start, end, text }) => ({ start, end, text })),
    };
  });
}
