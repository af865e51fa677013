/**
 * Find an entry's renderings (gloss, accepted, forbidden) in text of a gloss
 * language: the English side of the glossary. English inflects, so a
 * rendering also matches with a plural or possessive ending (GPUs, Nvidia's);
 * case must match unless the entry allows any case, except that a sentence
 * may capitalise the first letter (Wafer, Export controls).
 */
import type {Glossary} from './create.js'
import {createAutomaton} from '../matcher/automaton.js'
import {fold, foldTable, isWordCode} from '../matcher/fold.js'
import {modelEnd} from '../matcher/models.js'

/** How a rendering found in the text stands in the glossary. */
export type RenderingStatus = 'preferred' | 'accepted' | 'forbidden' | 'miscased'

/** A rendering found in a text. Offsets are UTF-16 code units, `end` exclusive. */
export interface RenderingSpan {
  readonly start: number
  readonly end: number
  /** The entry id. */
  readonly id: string
  /** The text as written (with its ending and model number). */
  readonly text: string
  /** The glossary's rendering that matched. */
  readonly rendering: string
  readonly status: RenderingStatus
  /** The model number after a series name (Ascend 910C). */
  readonly model?: string
}

export interface RenderingMatcher {
  /**
   * Find renderings, left to right, longest first, without overlaps.
   *
   * @param text text in the gloss language.
   * @returns the spans.
   */
  find(text: string): RenderingSpan[]
}

interface Rendering {
  readonly id: string
  readonly rendering: string
  readonly status: Exclude<RenderingStatus, 'miscased'>
  readonly ignoreCase: boolean
  readonly models: boolean
}

/** Endings English adds to a word, longest first. */
const endings = ["'s", '’s', 'es', 's', "'", '’']

/**
 * Build a rendering matcher for one gloss language.
 *
 * @param glossary the glossary.
 * @param lang the gloss language. (default: `'en'`)
 * @returns the matcher.
 */
export function createRenderingMatcher(glossary: Glossary, lang = 'en'): RenderingMatcher {
  const built = matchers.get(glossary) ?? new Map<string, RenderingMatcher>()
  matchers.set(glossary, built)
  let matcher = built.get(lang)
  if (!matcher) {
    matcher = buildRenderingMatcher(glossary, lang)
    built.set(lang, matcher)
  }
  return matcher
}

/** Matchers already built, by glossary and language: an article's translation is searched by its report and by its pages. */
const matchers = new WeakMap<Glossary, Map<string, RenderingMatcher>>()

/** Build the matcher of one gloss language (see `createRenderingMatcher`). */
function buildRenderingMatcher(glossary: Glossary, lang: string): RenderingMatcher {
  const byFolded = new Map<string, Rendering[]>()
  for (const entry of glossary.entries) {
    const gloss = glossary.gloss(entry.id, lang)
    if (!gloss) continue
    const add = (rendering: string, status: Rendering['status']): void => {
      const key = fold(rendering.trim())
      if (key.length === 0) return
      const list = byFolded.get(key) ?? []
      list.push({id: entry.id, rendering: rendering.trim(), status, ignoreCase: gloss.ignoreCase, models: entry.models})
      byFolded.set(key, list)
    }
    add(gloss.gloss, 'preferred')
    for (const rendering of gloss.accepted) add(rendering, 'accepted')
    for (const rendering of gloss.forbidden) add(rendering, 'forbidden')
  }
  const groups = [...byFolded.values()]
  const automaton = createAutomaton([...byFolded.keys()])

  return {
    find(text) {
      const folding = foldTable()
      const flat = text.replace(/[\t\n\r]/g, ' ')
      const best: Array<RenderingSpan | undefined> = []
      automaton.scan(flat, folding, (index, formEnd) => {
        const group = groups[index]
        if (!group) return
        const start = formEnd - (automaton.lengths[index] ?? 0)
        const written = flat.slice(start, formEnd)
        if (start > 0 && isWordCode(folding[flat.charCodeAt(start - 1)] ?? 0) && !isUnitAfterDigits(flat, start, written)) return
        const chosen = group.find((item) => caseAgrees(written, item)) ?? group[0]
        if (!chosen) return
        const end = extend(flat, formEnd, chosen.models, folding)
        if (end < flat.length && isWordCode(folding[flat.charCodeAt(end)] ?? 0)) return
        const previous = best[start]
        if (previous && previous.end >= end) return
        const status = caseAgrees(written, chosen) ? chosen.status : 'miscased'
        const model = chosen.models ? modelAfter(text, formEnd, end) : undefined
        const span: RenderingSpan = {start, end, id: chosen.id, text: text.slice(start, end), rendering: chosen.rendering, status}
        best[start] = model === undefined ? span : {...span, model}
      })
      const spans: RenderingSpan[] = []
      for (let start = 0; start < best.length; ) {
        const span = best[start]
        if (span) {
          spans.push(span)
          start = span.end
        } else start++
      }
      return spans
    }
  }
}

/**
 * Whether a lower-case rendering stands glued to the digits before it, as
 * units are written (5nm): a unit, not part of a word.
 */
function isUnitAfterDigits(text: string, start: number, written: string): boolean {
  return /^[a-z]+$/.test(written) && /\d/.test(text.charAt(start - 1))
}

/**
 * Whether the text as written agrees in case with a rendering: exactly, with
 * the first letter capitalised, or in any case where the entry allows it.
 */
function caseAgrees(written: string, item: Rendering): boolean {
  if (item.ignoreCase || written === item.rendering) return true
  return written === item.rendering.charAt(0).toUpperCase() + item.rendering.slice(1)
}

/** Extend a match over a model number (for series) or an English ending. */
function extend(text: string, end: number, models: boolean, folding: Uint16Array): number {
  if (models) {
    // The same rule as in Chinese text: the matcher's.
    const modelEnds = modelEnd(text, end, folding, undefined)
    if (modelEnds > end) return modelEnds
  }
  for (const ending of endings) {
    if (text.startsWith(ending, end)) {
      const after = end + ending.length
      if (after >= text.length || !isWordCode(folding[text.charCodeAt(after)] ?? 0)) return after
    }
  }
  return end
}

function modelAfter(text: string, formEnd: number, end: number): string | undefined {
  const model = text.slice(formEnd, end).trim()
  return /\d/.test(model) ? model : undefined
}
