/**
 * Encode text in GB18030 or Big5 for tests. Node decodes these encodings but
 * cannot encode them, so the table is made by decoding every two-byte code.
 */

const tables = new Map<string, Map<string, Uint8Array>>()

/**
 * Encode a text; ASCII stays as it is, other characters take their two-byte code.
 *
 * @param text the text; every character must exist in the encoding.
 * @param encoding `gb18030` or `big5`.
 * @returns the bytes.
 */
export function encodeLegacy(text: string, encoding: 'gb18030' | 'big5'): Uint8Array {
  const table = tableOf(encoding)
  const bytes: number[] = []
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) {
      bytes.push(code)
      continue
    }
    const encoded = table.get(char)
    if (!encoded) throw new Error(`${JSON.stringify(char)} has no two-byte code in ${encoding}`)
    bytes.push(...encoded)
  }
  return Uint8Array.from(bytes)
}

/** Decode every lead and trail byte pair once, keeping the first code of each character. */
function tableOf(encoding: 'gb18030' | 'big5'): Map<string, Uint8Array> {
  const known = tables.get(encoding)
  if (known) return known
  const decoder = new TextDecoder(encoding)
  const table = new Map<string, Uint8Array>()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const pair = Uint8Array.of(lead, trail)
      const char = decoder.decode(pair)
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, pair)
    }
  }
  tables.set(encoding, table)
  return table
}
