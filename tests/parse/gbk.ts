/**
 * A GBK / GB18030 encoder for tests, built by inverting the platform's decoder over every
 * two-byte sequence (Node has a GBK decoder but no encoder).
 */
let table: Map<string, number[]> | undefined;

function encoderTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

/** Encodes text as GBK; throws on a character GBK lacks (tests use Chinese and ASCII only). */
export function encodeGbk(text: string): Uint8Array {
  const map = encoderTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = map.get(ch);
      if (!pair) throw new Error(`no GBK code for ${JSON.stringify(ch)}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
