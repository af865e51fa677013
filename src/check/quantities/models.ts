/**
 * Model numbers: Latin tokens with both a letter and a digit (H20, H200,
 * 910C, A100, GB200), which a translation keeps one to one. Numbers with a
 * unit or magnitude (141GB, 5nm, 400m, 1.2bn), a currency (£5m), ordinals
 * (20th), factors (10x), quarters (Q3), shares (GDP10%), plurals (76ers)
 * and numbers (No.12) are numbers, not models.
 */

/** One model token in a text. */
export interface ModelToken {
  /** UTF-16 offsets, `end` exclusive. */
  start: number
  end: number
  /** As written. */
  text: string
  /** Compared by: upper case, half width. */
  key: string
}

const unitSuffix = /^\d+(?:\.\d+)?(?:GB|TB|MB|PB|TFLOPS|PFLOPS|nm|W|kW|GHz|MHz|mm|cm|km|kg|m|bn|mn|tn|p|ers|st|nd|rd|th|s|x)$/i
/** A currency written before digits: £5m and US$31bn are money. */
const currencyBefore = /(?:US\$|HK\$|NT\$|S\$|A\$|C\$|RMB|CNY|USD|[$£€¥])\s?$/

/**
 * Find the model tokens of a text.
 *
 * @param input text in any language.
 * @returns the tokens in order.
 */
export function findModels(input: string): ModelToken[] {
  const text = input.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
  const tokens: ModelToken[] = []
  for (const match of text.matchAll(/[A-Za-z0-9]+(?:\.[0-9]+[A-Za-z0-9]*)?/g)) {
    const written = match[0]
    if (!/\d/.test(written) || !/[A-Za-z]/.test(written)) continue
    if (
      unitSuffix.test(written) ||
      /^(?:RMB|CNY|USD|HKD|TWD|EUR|GBP|JPY)\d/i.test(written) ||
      /^Q[1-4]$/i.test(written) ||
      /^No\.?\d+$/i.test(written) ||
      /^FY\d{2,4}$/i.test(written) ||
      isHalfYear(text, match.index, written)
    )
      continue
    // GDP10% is a share, and a token after a currency sign is an amount.
    if (
      /^\s*[%％]/.test(text.slice(match.index + written.length)) ||
      currencyBefore.test(text.slice(Math.max(0, match.index - 4), match.index))
    )
      continue
    tokens.push({
      start: match.index,
      end: match.index + written.length,
      text: input.slice(match.index, match.index + written.length),
      key: written.toUpperCase()
    })
  }
  return tokens
}

/** H1 2025 and 2025 H2 name half-years, not the H100's kin. */
function isHalfYear(text: string, start: number, written: string): boolean {
  if (!/^H[12]$/.test(written)) return false
  return /^\s+\d{4}/.test(text.slice(start + written.length)) || /\d{4}\s+$/.test(text.slice(0, start))
}
