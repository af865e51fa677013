/**
 * Helpers shared by the outputs that decorate term elements in the hast.
 */
import type {Element, Root} from 'hast'
import {toString as hastText} from 'hast-util-to-string'
import {visit} from 'unist-util-visit'
import type {Glossary} from '../../glossary/create.js'
import {readingOf} from '../../glossary/reading.js'
import {rubyElement} from './ruby.js'
import type {Entry} from '../../glossary/types.js'

/** A term element of the article, with what decorating it needs. */
export interface TermElement {
  readonly element: Element
  readonly entry: Entry
  /** The text as written. */
  readonly text: string
  /** The model number, if the match took one. */
  readonly model: string | undefined
  /** 0-based index among the occurrences of the same entry. */
  readonly index: number
}

/**
 * List the term elements of a tree in document order.
 *
 * @param tree the (cloned) article tree.
 * @param glossary the glossary the terms come from.
 * @returns the term elements.
 */
export function termElements(tree: Root, glossary: Glossary): TermElement[] {
  const seen = new Map<string, number>()
  const terms: TermElement[] = []
  visit(tree, 'element', (element) => {
    const id = element.properties['dataTerm']
    if (typeof id !== 'string') return
    const entry = glossary.entry(id)
    if (!entry) return
    const index = seen.get(id) ?? 0
    seen.set(id, index + 1)
    const model = element.properties['dataModel']
    terms.push({element, entry, text: hastText(element), model: typeof model === 'string' ? model : undefined, index})
  })
  return terms
}

/**
 * The gloss shown for a term: the entry's gloss, with the model number for a series (Ascend 910C).
 *
 * @param glossary the glossary.
 * @param id the entry id.
 * @param model the model number, if any.
 * @param lang the gloss language.
 * @returns the gloss text.
 */
export function glossText(glossary: Glossary, id: string, model: string | undefined, lang: string): string {
  const gloss = glossary.gloss(id, lang)?.gloss ?? id
  return model === undefined ? gloss : `${gloss} ${model}`
}

/**
 * Put pinyin over the Chinese part of a term: `<ruby>昇腾<rp>(</rp><rt>Shēngténg</rt><rp>)</rp></ruby>910C`.
 * Terms without Chinese characters are left as they are.
 *
 * @param term the term element.
 * @returns whether ruby was added.
 */
export function addRuby(term: TermElement): boolean {
  const base = withoutModel(term.text, term.model)
  const reading = readingOf(term.entry, base)
  if (reading === undefined) return false
  const rest = term.text.slice(base.length)
  const ruby = rubyElement(base, reading)
  term.element.children = rest ? [ruby, {type: 'text', value: rest}] : [ruby]
  return true
}

/**
 * The series name of a match that took a model number (`昇腾910C` → `昇腾`):
 * what pinyin and forms are about.
 *
 * @param text the text as written.
 * @param model the model number, if any.
 * @returns the text without the model number.
 */
export function withoutModel(text: string, model: string | undefined): string {
  if (model === undefined) return text
  const at = text.lastIndexOf(model)
  return at === -1 ? text : text.slice(0, at).trimEnd()
}
