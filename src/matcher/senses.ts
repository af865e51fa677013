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
import {fold} from './fold.js'

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
 * @param context the folded text of the block around it (made only when a cue rule asks).
 * @returns false when the match is inside a listed word, lacks every cue, or has a cue against it.
 */
export function rulesHold(rules: FoldedRules, text: string, start: number, end: number, context: () => string): boolean {
  if (rules.notInside.length > 0) {
    const found = fold(text.slice(start, end))
    for (const word of rules.notInside) {
      for (let at = word.indexOf(found); at !== -1; at = word.indexOf(found, at + 1)) {
        if (start - at >= 0 && fold(text.slice(start - at, start - at + word.length)) === word) return false
      }
    }
  }
  if (rules.onlyWith.length > 0 && !rules.onlyWith.some((cue) => context().includes(cue))) return false
  return !(rules.notWith.length > 0 && rules.notWith.some((cue) => context().includes(cue)))
}

/**
 * Fold a block's text for cue words: line breaks inside it are taken out.
 *
 * @param text the block's text.
 * @returns the folded text.
 */
export function foldContext(text: string): string {
  return joinLines(fold(text))
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
}

/**
 * Prepare a long text (the article) to follow many short ones as their cue-word context.
 *
 * @param text the text.
 * @returns the text folded, its leading blank characters apart.
 */
export function foldTail(text: string): FoldedTail {
  const folded = fold(text)
  const lead = /^[ \t\r\n]*/.exec(folded)?.[0] ?? ''
  return {lead, rest: joinLines(folded).slice(joinLines(lead).length)}
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
  const folded = fold(block)
  const trail = /[ \t\r\n]*$/.exec(folded)?.[0] ?? ''
  return `${joinLines(folded.slice(0, folded.length - trail.length))}${joinLines(`${trail}\n${tail.lead}`)}${tail.rest}`
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
  let made: string | undefined
  return rulesHold(rules, text, start, end, () => {
    made ??= foldContext(context)
    return made
  })
}
