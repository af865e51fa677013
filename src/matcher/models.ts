/**
 * Model numbers and the written variants of Latin forms.
 *
 * - A series (`models`) takes in the model number after its name: 昇腾910C,
 *   思元 590. With a `modelPattern`, only a number of that shape counts, so
 *   that `HBM3E` is HBM's generation 3E but `HBM 2024` is not a model.
 * - A model number written bare right after its maker's name (华为 910C)
 *   belongs to the series that names that maker in `modelsAfter`.
 * - A Latin form of letters then digits is also found with one space
 *   between them (`H 200`, `HBM 3E`); where the letters are one letter, it
 *   must be a capital as written, so that the English article "a 100" is not
 *   the A100.
 * - A Latin form that ends in a digit or a capital letter is also found with
 *   a plural `s` (`H200s`, `GPUs`).
 */
import {isWordCode} from './fold.js'

/**
 * Compile a glossary's model pattern: the whole model number, any case.
 *
 * @param source the pattern as the glossary writes it.
 * @returns the expression, or undefined without a pattern.
 */
export function modelRegExp(source: string | undefined): RegExp | undefined {
  return source === undefined ? undefined : new RegExp(`^(?:${source})$`, 'i')
}

/** Where the run of Latin letters and digits starting at `from` ends, and how many digits it has. */
function tokenAt(text: string, from: number, folding: Uint16Array): {end: number; digits: number} {
  let end = from
  let digits = 0
  while (end < text.length) {
    const code = folding[text.charCodeAt(end)] ?? 0
    if (!isWordCode(code)) break
    if (code <= 0x39) digits++
    end++
  }
  return {end, digits}
}

/**
 * Where a model number after a series name ends: an optional space, then
 * Latin letters and digits with at least one digit (and of the pattern's
 * shape, when there is one). Without one, the form's end.
 *
 * @param text the text.
 * @param formEnd where the series name ends.
 * @param folding the folding table.
 * @param pattern the entry's model pattern, if any.
 * @returns the end of the model number, or `formEnd`.
 */
export function modelEnd(text: string, formEnd: number, folding: Uint16Array, pattern: RegExp | undefined): number {
  const found = bareModelAt(text, formEnd, folding, pattern)
  return found ? found.end : formEnd
}

/**
 * A model number starting at `from`, after at most one space.
 *
 * @param text the text.
 * @param from where to look.
 * @param folding the folding table.
 * @param pattern the shape it must have, if any.
 * @returns where it starts and ends, or undefined.
 */
export function bareModelAt(
  text: string,
  from: number,
  folding: Uint16Array,
  pattern: RegExp | undefined
): {start: number; end: number} | undefined {
  const start = text.charCodeAt(from) === 0x20 ? from + 1 : from
  const {end, digits} = tokenAt(text, start, folding)
  if (digits === 0 || end === start) return undefined
  if (pattern && !pattern.test(text.slice(start, end))) return undefined
  return {start, end}
}

/**
 * The form with a space between its letters and its digits, if it is of that shape.
 *
 * @param form a glossary form.
 * @returns the spaced variant and the length of its letters, or undefined.
 */
export function spacedVariant(form: string): {form: string; letters: number} | undefined {
  const parts = /^([A-Za-z]+)([0-9][A-Za-z0-9]*)$/.exec(form)
  return parts?.[1] && parts[2] ? {form: `${parts[1]} ${parts[2]}`, letters: parts[1].length} : undefined
}

/**
 * Whether a form is found with a plural `s` after it.
 *
 * @param form a glossary form.
 * @returns true for Latin forms ending in a digit or a capital letter.
 */
export function takesPlural(form: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9 .-]*[A-Z0-9]$/.test(form) && /[A-Za-z]/.test(form)
}

/**
 * Where a form ends with its plural `s`: a small `s`, as written, that ends the Latin word.
 *
 * @param text the text.
 * @param formEnd where the form ends.
 * @param folding the folding table.
 * @returns the end after the `s`, or `formEnd`.
 */
export function pluralEnd(text: string, formEnd: number, folding: Uint16Array): number {
  if (text.charCodeAt(formEnd) !== 0x73) return formEnd
  return formEnd + 1 < text.length && isWordCode(folding[text.charCodeAt(formEnd + 1)] ?? 0) ? formEnd : formEnd + 1
}

/**
 * Whether a code unit is a capital Latin letter as written (half or full width).
 *
 * @param code a code unit of the text.
 * @returns true for A–Z and Ａ–Ｚ.
 */
export function isCapitalCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xff21 && code <= 0xff3a)
}
