/**
 * Units and magnitudes as either language writes them after a number.
 */

/** Magnitudes written after Arabic digits in Chinese, longest first. */
export const zhMagnitudes: ReadonlyArray<[string, number]> = [
  ['千万亿', 1e15],
  ['万亿', 1e12],
  ['萬億', 1e12],
  ['千亿', 1e11],
  ['千億', 1e11],
  ['百亿', 1e10],
  ['百億', 1e10],
  ['十亿', 1e9],
  ['十億', 1e9],
  ['千万', 1e7],
  ['千萬', 1e7],
  ['百万', 1e6],
  ['百萬', 1e6],
  ['十万', 1e5],
  ['十萬', 1e5],
  ['亿', 1e8],
  ['億', 1e8],
  ['万', 1e4],
  ['萬', 1e4],
  ['兆', 1e12],
  ['千', 1e3]
]

export const enMagnitudes: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12
}

/** Units after a number, as written in either language, and the name they compare by. */
const units: ReadonlyArray<[RegExp, string]> = [
  [/^(?:TB\/s|TB\/秒)/i, 'tb/s'],
  [/^(?:GB\/s|GB\/秒)/i, 'gb/s'],
  [/^TB(?![A-Za-z])/i, 'tb'],
  [/^GB(?![A-Za-z])/i, 'gb'],
  [/^MB(?![A-Za-z])/i, 'mb'],
  [/^PB(?![A-Za-z])/i, 'pb'],
  [/^TFLOPS/i, 'tflops'],
  [/^PFLOPS/i, 'pflops'],
  [/^(?:nm(?![A-Za-z])|纳米|奈米)/, 'nm'],
  [/^(?:GHz)/i, 'ghz'],
  [/^(?:x(?![A-Za-z])|倍)/, 'times'],
  [/^(?:kW(?![A-Za-z])|千瓦)/, 'kw'],
  [/^(?:W(?![A-Za-z])|瓦)/, 'w'],
  [/^(?:km(?![A-Za-z])|kilomet(?:er|re)s?\b|公里|千米)/, 'km'],
  [/^(?:kg(?![A-Za-z])|kilograms?\b|公斤|千克)/, 'kg']
]

/** The unit written at a place, after optional space. */
export function unitAt(text: string, at: number): {name: string; end: number} | undefined {
  const space = /^ ?/.exec(text.slice(at))?.[0].length ?? 0
  const rest = text.slice(at + space, at + space + 12)
  for (const [pattern, name] of units) {
    const match = pattern.exec(rest)
    if (match) return {name, end: at + space + match[0].length}
  }
  return undefined
}

/** Full-width digits and signs read as ASCII, one code unit for one. */
export function normalizeWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff05\uff0c\uff0e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
}

/** Digits that belong to a Latin token (H200, 910C, GB200) are not numbers. */
export function isInsideLatinToken(text: string, start: number, end: number): boolean {
  if (/[A-Za-z_]/.test(text[start - 1] ?? '')) return true
  if (/[A-Za-z_]/.test(text[end] ?? '')) return unitAt(text, end) === undefined
  return false
}

/** The power of ten a number's magnitude word stands for (10,000 for 2万). */
export function magnitudeOf(mention: {text: string}): number {
  const written = mention.text
  const zh = zhMagnitudes.find(([name]) => written.includes(name))
  if (zh) return zh[1]
  const en = /(trillion|billion|million|thousand|bn|tn|mn)/i.exec(written)
  return en ? (enMagnitudes[(en[1] ?? '').toLowerCase()] ?? 1) : 1
}
