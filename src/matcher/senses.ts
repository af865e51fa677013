/**
 * Where an entry applies: its senses, told apart by the text around a form.
 *
 * - `notInside`: longer words that hold a form without being the term
 *   (外交部 is not the ministry inside 外交部长, the minister; 推理 is not
 *   inference inside 推理小说, a detective novel).
 * - `onlyWith`: cue words of which at least one must be in the same block
 *   (paragraph, heading, table cell) for the form to be the term (训练 is
 *   AI training only near 模型, 算力, 数据…).
 * - `notWith`: cue words that, in the same block, mean another sense.
 *
 * Words and cues are compared after folding, like forms. The reader's
 * marking obeys these rules through the matcher; `occurrenceApplies` lets
 * any other consumer (the translation check) ask the same question.
 */
import {fold, foldParts, foldTable} from './fold.js'

/** The fields of an entry that limit where it applies. */
export interface SenseRules {
  /** Longer words in which a form is not a match. */
  readonly notInside?: readonly string[] | undefined
  /** Cue words, one of which must be in the same block. */
  readonly onlyWith?: readonly string[] | undefined
  /** Cue words that, in the same block, rule the term out. */
  readonly notWith?: readonly string[] | undefined
}

/** The rules, folded once. */
export interface FoldedRules {
  readonly notInside: readonly string[]
  readonly onlyWith: readonly string[]
  readonly notWith: readonly string[]
}

/**
 * Fold an entry's rules.
 *
 * @param rules the entry's fields.
 * @returns the folded rules, or undefined when the entry has none.
 */
export function foldRules(rules: SenseRules): FoldedRules | undefined {
  const list = (words: readonly string[] | undefined): string[] => (words ?? []).map((word) => fold(word.trim())).filter(Boolean)
  const folded = {notInside: list(rules.notInside), onlyWith: list(rules.onlyWith), notWith: list(rules.notWith)}
  return folded.notInside.length + folded.onlyWith.length + folded.notWith.length === 0 ? undefined : folded
}

/**
 * Whether a match obeys the rules.
 *
 * @param rules the folded rules.
 * @param text the text the match is in.
 * @param start where it starts.
 * @param end where it ends (exclusive).
 * @param hasCue whether the folded text of the block around it holds a cue word (asked only when a cue rule applies).
 * @returns false when the match is inside a listed word, lacks every cue, or has a cue against it.
 */
export function rulesHold(rules: FoldedRules, text: string, start: number, end: number, hasCue: (cue: string) => boolean): boolean {
  if (rules.notInside.length > 0) {
    // The longer word, wherever the match may lie in it, compared in place: no folded copies per match.
    const folding = foldTable()
    for (const word of rules.notInside) {
      for (let at = 0; at + (end - start) <= word.length; at++) if (foldedAt(text, start - at, word, folding)) return false
    }
  }
  if (rules.onlyWith.length > 0 && !rules.onlyWith.some(hasCue)) return false
  return !(rules.notWith.length > 0 && rules.notWith.some(hasCue))
}

/** Whether the text, folded, holds `word` at `from`. */
function foldedAt(text: string, from: number, word: string, folding: Uint16Array): boolean {
  if (from < 0 || from + word.length > text.length) return false
  for (let index = 0; index < word.length; index++) {
    if (folding[text.charCodeAt(from + index)] !== word.charCodeAt(index)) return false
  }
  return true
}

/**
 * Fold a block's text for cue words: line breaks inside it are taken out.
 *
 * @param text the block's text, or its pieces in order.
 * @returns the folded text.
 */
export function foldContext(text: string | readonly string[]): string {
  return joinLines(foldWhole(text))
}

/** Fold a text, or pieces of one as if joined. */
function foldWhole(text: string | readonly string[]): string {
  return typeof text === 'string' ? fold(text) : foldParts(text)
}

/** Take line breaks (and the spaces and tabs around them) out of folded text. */
function joinLines(folded: string): string {
  return folded.replace(/[ \t]*\r?\n[ \t]*/g, '')
}

/** A folded context to be put after a short block's text, prepared once (see `foldContextBefore`). */
export interface FoldedTail {
  /** The blank characters it starts with, folded, as they are. */
  readonly lead: string
  /** The rest, as `foldContext` gives it. */
  readonly rest: string
  /** Cue words in the rest, each looked for once. */
  readonly cues: CueWords
}

/** Where cue words are looked for: a block's folded context, asked cue by cue, each answer kept. */
export interface CueWords {
  /**
   * Whether the context holds a cue word.
   *
   * @param cue the folded cue word.
   * @returns true when it occurs.
   */
  has(cue: string): boolean
}

/**
 * Cue words of one folded context, each looked for once.
 *
 * @param folded what gives the context folded (called on the first question).
 * @returns the cue words.
 */
export function cueWords(folded: () => string): CueWords {
  let text: string | undefined
  return remembered((cue) => {
    text ??= folded()
    return text.includes(cue)
  })
}

/** Answers kept per cue; the store is made on the first question (most blocks are never asked one). */
function remembered(answer: (cue: string) => boolean): CueWords {
  let answers: Map<string, boolean> | undefined
  return {
    has(cue) {
      answers ??= new Map()
      let known = answers.get(cue)
      if (known === undefined) {
        known = answer(cue)
        answers.set(cue, known)
      }
      return known
    }
  }
}

/**
 * Prepare a long text (the article) to follow many short ones as their cue-word context.
 *
 * @param text the text, or its pieces in order.
 * @returns the text folded, its leading blank characters apart.
 */
export function foldTail(text: string | readonly string[]): FoldedTail {
  const folded = foldWhole(text)
  const lead = /^[ \t\r\n]*/.exec(folded)?.[0] ?? ''
  const rest = joinLines(folded).slice(joinLines(lead).length)
  return {lead, rest, cues: cueWords(() => rest)}
}

/**
 * `foldContext(block + '\n' + text)`, the text prepared once with `foldTail`:
 * a heading's context is the heading and the whole article, and folding the
 * article again for every heading made marking grow with the square of its
 * length. Line breaks are taken out within runs of blank characters only, so
 * the runs away from the join come out as they would in the joined text.
 *
 * @param block the block's text.
 * @param tail the text after it, prepared.
 * @returns the folded context.
 */
export function foldContextBefore(block: string, tail: FoldedTail): string {
  return `${foldedHead(block, tail)}${tail.rest}`
}

/** The folded block and the join, up to the tail's rest. */
function foldedHead(block: string, tail: FoldedTail): string {
  const {own, trail} = foldedBlock(block)
  return `${own}${joinLines(`${trail}\n${tail.lead}`)}`
}

/** A block folded, its line breaks taken out, and apart the blank characters it ends with (which join it to what follows). */
function foldedBlock(block: string): {own: string; trail: string} {
  const folded = fold(block)
  const trail = /[ \t\r\n]*$/.exec(folded)?.[0] ?? ''
  return {own: joinLines(folded.slice(0, folded.length - trail.length)), trail}
}

/**
 * The cue words of `foldContext(block + '\n' + text)`, without joining the two:
 * a cue is in the block, in the text (asked once per article, not once per
 * heading), or across the join.
 *
 * @param block what gives the block's text (asked on the first question).
 * @param tail what gives the text after it, prepared (asked when the quicker answers fail; keep it once made).
 * @param inPiece a quicker test of the text after it, `cueInPieces` (true: the text holds the cue; false: no answer). (default: none)
 * @returns the cue words.
 */
export function cueWordsBefore(block: () => string, tail: () => FoldedTail, inPiece?: (cue: string) => boolean): CueWords {
  let start: {own: string; trail: string} | undefined
  let head: string | undefined
  return remembered((cue) => {
    start ??= foldedBlock(block())
    // A cue has no blank at either end, so one in the block alone, or in one piece of the text, is one in the joined text.
    if (start.own.includes(cue) || inPiece?.(cue)) return true
    const after = tail()
    head ??= `${start.own}${joinLines(`${start.trail}\n${after.lead}`)}`
    if (head.includes(cue) || after.cues.has(cue)) return true
    const across = `${head.slice(Math.max(0, head.length - cue.length + 1))}${after.rest.slice(0, Math.max(0, cue.length - 1))}`
    return across.includes(cue)
  })
}

/**
 * Whether one piece of a text, folded and its line breaks taken out, holds a
 * cue word: then the whole text does. Pieces are read one by one as cues are
 * asked for, and the search stops at the first piece that holds the cue, so
 * that a heading's usual cue (模型 in an article on chips) costs the first
 * paragraphs, not the article folded whole. Where no piece holds it, the
 * answer is "not known here" (false), and the whole text must be asked.
 *
 * @param pieces the text's pieces in order (read lazily, each once).
 * @returns the test, each cue's answer kept.
 */
export function cueInPieces(pieces: Iterator<string>): (cue: string) => boolean {
  const read: string[] = []
  let done = false
  const answers = new Map<string, boolean>()
  return (cue) => {
    const known = answers.get(cue)
    if (known !== undefined) return known
    let found = read.some((piece) => piece.includes(cue))
    while (!found && !done) {
      const next = pieces.next()
      if (next.done) done = true
      else {
        const piece = foldContext(next.value)
        read.push(piece)
        found = piece.includes(cue)
      }
    }
    answers.set(cue, found)
    return found
  }
}

const folded = new WeakMap<SenseRules, FoldedRules | null>()

/**
 * Whether an occurrence of an entry's form applies, by the entry's rules:
 * the question the matcher asks of every match, for code that finds forms
 * another way (the translation check).
 *
 * @param entry the entry (its `notInside`, `onlyWith` and `notWith`).
 * @param text the text the occurrence is in.
 * @param start where the occurrence starts.
 * @param end where it ends (exclusive).
 * @param context the text of the block around it, for cue words. (default: `text`)
 * @returns true when the entry applies there.
 */
export function occurrenceApplies(entry: SenseRules, text: string, start: number, end: number, context: string = text): boolean {
  let rules = folded.get(entry)
  if (rules === undefined) {
    rules = foldRules(entry) ?? null
    folded.set(entry, rules)
  }
  if (rules === null) return true
  const cues = cueWords(() => foldContext(context))
  return rulesHold(rules, text, start, end, (cue) => cues.has(cue))
}
