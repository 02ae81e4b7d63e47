/**
 * 32-bit string hashing without BigInt: FNV-1a over UTF-16 code units, and Murmur3's finaliser to
 * spread its bits (FNV's high bits barely move for short, similar strings). Text fingerprints and the
 * search index's pair filters both hash with these; stored fingerprints depend on them bit for bit.
 */

/** FNV-1a of `text`'s code units from the offset basis `seed`, as an unsigned 32-bit number. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** Murmur3's finaliser: every input bit moves about half of the output bits. */
export function avalanche(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
