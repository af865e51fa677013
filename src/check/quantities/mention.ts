/**
 * What a number read from a text is, and the collector the readers share:
 * earlier, more specific patterns claim their characters, later ones skip
 * them, and ranges (1-2万, $1–2 billion) are read as a whole.
 */

/** A date, as far as the text gives it. */
export interface DateParts {
  year?: number
  quarter?: number
  month?: number
  day?: number
  /** A decade: 1990 for the 1990s, or 90 where the century is not said (九十年代). */
  decade?: number
  /** A century, 21 for the 21st (21世纪, the 2000s). */
  century?: number
}

/** One number in a text. */
export interface NumberMention {
  /** UTF-16 offsets in the text, `end` exclusive. */
  start: number
  end: number
  /** As written. */
  text: string
  kind: 'number' | 'percent' | 'date'
  /** The value (numbers and percentages). */
  value: number
  /** Unit after the number, lower case (`gb`, `tb/s`). */
  unit?: string
  /** Date parts (dates). */
  date?: DateParts
  /** Said as about, more than or some (约, 多, 余, 近, 数, about, more than): compared as a range, never reported missing. */
  approximate?: boolean
  /** An ordinal or a name made of a number (第八届, 十九大, 8th): compared by value, never reported missing. */
  ordinal?: boolean
  /** Read from a word or a single numeral that may not be a number at all (six, 六岁): it may answer another number, never reported itself. */
  weak?: boolean
  /** Other values the writing may stand for (400m: 400 metres or 400 million). */
  alternatives?: number[]
}

/** What a pattern adds to a mention besides its kind and value. */
export interface MentionExtras {
  unit?: string | undefined
  date?: DateParts
  /** Whether the number carries a magnitude (万, billion). */
  magnitude?: boolean
  approximate?: boolean
  ordinal?: boolean
  weak?: boolean
  alternatives?: number[]
}

type Stored = NumberMention & {magnitude: boolean}

/** Mentions found so far: earlier patterns claim their characters, later ones skip them. */
export class Mentions {
  private readonly items: Stored[] = []
  private readonly claimed: Uint8Array
  private readonly text: string

  /** @param text the text being read (for the written forms). */
  constructor(text: string) {
    this.text = text
    this.claimed = new Uint8Array(text.length + 1)
  }

  /** Add a regular-expression match. */
  add(match: RegExpMatchArray, kind: NumberMention['kind'], value: number, extras: MentionExtras = {}): void {
    this.addRange(match.index ?? 0, (match.index ?? 0) + match[0].length, kind, value, extras)
  }

  /** Claim characters that are no number (双11, MH370's digits), so no later pattern reads them. */
  claim(start: number, end: number): void {
    this.claimed.fill(1, start, end)
  }

  /** Whether any character of a range is claimed. */
  taken(start: number, end: number): boolean {
    for (let index = start; index < end; index++) if (this.claimed[index]) return true
    return false
  }

  /** Add a range of the text, unless some of it is already claimed. */
  addRange(start: number, end: number, kind: NumberMention['kind'], value: number, extras: MentionExtras = {}): void {
    if (this.taken(start, end)) return
    this.claimed.fill(1, start, end)
    const mention: Stored = {start, end, text: this.text.slice(start, end), kind, value, magnitude: extras.magnitude ?? false}
    if (extras.unit !== undefined) mention.unit = extras.unit
    if (extras.date !== undefined) mention.date = extras.date
    if (extras.approximate) mention.approximate = true
    if (extras.ordinal) mention.ordinal = true
    if (extras.weak) mention.weak = true
    if (extras.alternatives) mention.alternatives = extras.alternatives
    this.items.push(mention)
  }

  /**
   * The mentions in order, with ranges read as a whole: in 1-2万 and
   * $1–2 billion the magnitude, unit or percent sign of the second number
   * also belongs to the first.
   */
  withRanges(joiner: RegExp, magnitudeOf: (mention: NumberMention) => number): NumberMention[] {
    const sorted = [...this.items].sort((a, b) => a.start - b.start)
    for (let index = 0; index + 1 < sorted.length; index++) {
      const first = sorted[index]
      const second = sorted[index + 1]
      if (!first || !second || first.kind === 'date' || !joiner.test(this.text.slice(first.end, second.start))) continue
      if (first.kind === 'number' && second.kind === 'percent') first.kind = 'percent'
      if (!first.magnitude && second.magnitude && first.kind === 'number' && second.kind === 'number') {
        const scale = magnitudeOf(second)
        if (scale > 1 && first.value * scale <= second.value * 10) first.value *= scale
      }
      if (first.unit === undefined && second.unit !== undefined) first.unit = second.unit
    }
    return sorted.map(({magnitude: _magnitude, ...mention}) => mention)
  }
}
