/** Encodes text in a legacy charset by inverting TextDecoder over all one- and two-byte sequences (Node has no such encoder). */
export function encodeAs(charset: string, text: string): Uint8Array {
  if (charset === 'utf-16be' || charset === 'utf-16le') return encodeUtf16(charset, text);
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

/** UTF-16 code units in the given byte order, with no BOM (prepend FE FF / FF FE to declare it). */
function encodeUtf16(charset: 'utf-16be' | 'utf-16le', text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const [high, low] = [unit >> 8, unit & 0xff];
    bytes.set(charset === 'utf-16be' ? [high, low] : [low, high], i * 2);
  }
  return bytes;
}
