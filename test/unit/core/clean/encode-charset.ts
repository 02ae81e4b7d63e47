/** Encodes text in a legacy charset by inverting TextDecoder over all one- and two-byte sequences (Node has no such encoder). */
export function encodeAs(charset: string, text: string): Uint8Array {
  const table = encodeTable(charset);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const mapped = code < 0x80 ? [code] : table.get(char);
    if (mapped === undefined) throw new Error(`${charset} cannot encode ${char}`);
    bytes.push(...mapped);
  }
  return Uint8Array.from(bytes);
}

const tables = new Map<string, Map<string, number[]>>();

function encodeTable(charset: string): Map<string, number[]> {
  const cached = tables.get(charset);
  if (cached !== undefined) return cached;
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(charset, { fatal: true });
  const tryBytes = (bytes: number[]): void => {
    try {
      const char = decoder.decode(Uint8Array.from(bytes));
      if (Array.from(char).length === 1 && !table.has(char)) table.set(char, bytes);
    } catch {
      // Not a valid sequence in this charset.
    }
  };
  for (let lead = 0x80; lead <= 0xff; lead += 1) {
    tryBytes([lead]);
    for (let trail = 0x40; trail <= 0xfe; trail += 1) tryBytes([lead, trail]);
  }
  tables.set(charset, table);
  return table;
}
