/**
 * Decorate the reader's term elements: pinyin ruby on every occurrence, marks
 * for the first occurrence in the article and in each section (pinyin and
 * underline density), keyboard focus (one Tab stop for the article), the tooltip that describes the
 * term, and a footnote number for print. Also lists what the tooltips, the
 * term index and the printed glossary need.
 */
import type {Element, Root} from 'hast'
import {SKIP, visit} from 'unist-util-visit'
import type {Glossary} from '../../glossary/create.js'
import type {Entry} from '../../glossary/types.js'
import {fold} from '../../matcher/index.js'
import {added} from '../common/page.js'
import type {TermRow} from '../common/rows.js'
import {addRuby, termElements, type TermElement} from '../common/terms.js'

/** One way a term is written in the article (entry, text, model): one tooltip each. */
export interface TermVariant {
  readonly entry: Entry
  /** The text as written, model number included (`昇腾910C`). */
  readonly text: string
  readonly model: string | undefined
  /** The id of its tooltip element. */
  readonly tipId: string
}

/** An entry used in the article, in order of first appearance. */
export interface UsedEntry {
  readonly entry: Entry
  /** Number of occurrences. */
  readonly count: number
  /** 1-based number of its footnote in print (the row's number in the article's term list). */
  readonly note: number
  /** The ways it is written, in order of first appearance. */
  readonly variants: TermVariant[]
}

/** What decorating the terms leaves for the rest of the page. */
export interface DecoratedTerms {
  readonly variants: readonly TermVariant[]
  readonly entries: readonly UsedEntry[]
}

/**
 * Decorate every term element of a (cloned) article tree in place.
 *
 * @param tree the article tree; changed.
 * @param glossary the glossary its terms come from.
 * @param rows the article's term list (order, numbers, counts).
 * @returns the variants (one tooltip each) and the entries in order of appearance.
 */
export function decorateTerms(tree: Root, glossary: Glossary, rows: readonly TermRow[]): DecoratedTerms {
  const sections = sectionsOf(tree)
  const variants = new Map<string, TermVariant>()
  const entries = new Map<string, UsedEntry>()
  for (const row of rows) {
    const entry = glossary.entry(row.id)
    if (entry) entries.set(row.id, {entry, count: row.occurrences, note: row.number, variants: []})
  }
  const firstInSection = new Set<string>()
  const footnotes = new Map<Element, number>()
  let tabStop = true
  for (const term of termElements(tree, glossary)) {
    const used = entries.get(term.entry.id)
    if (!used) continue
    const variant = variantOf(term, variants, used)
    const sectionKey = `${sections.get(term.element) ?? 0}\u0000${term.entry.id}`
    const isFirstInSection = !firstInSection.has(sectionKey)
    firstInSection.add(sectionKey)
    // Browsers without ruby are long gone: the reader's ruby has no <rp>, and tone colours come from the page's readings.
    if (addRuby(term)) dropParentheses(term.element)
    // The style and script find terms by data-term: the class the plugin gives them is left out of this page, which can hold thousands.
    const {className: _class, ...properties} = term.element.properties
    term.element.properties = {
      ...properties,
      // One Tab stop for the whole article (a roving tabindex): the arrow keys go from term to term.
      tabIndex: tabStop ? 0 : -1,
      ariaDescribedBy: [variant.tipId],
      ...(term.index === 0 ? {dataFirst: ''} : {}),
      ...(isFirstInSection ? {dataFirstSection: ''} : {})
    }
    tabStop = false
    if (term.index === 0) footnotes.set(term.element, used.note)
  }
  addFootnoteNumbers(tree, footnotes)
  return {variants: [...variants.values()], entries: [...entries.values()]}
}

/**
 * The tooltip id of a variant, short since every occurrence names it: entry ids are ASCII ([a-z0-9-]) and safe in ids; the
 * number after a dot (which no entry id has) tells apart the ways one entry is written.
 *
 * @param id the entry id.
 * @param n 1-based number of the variant within the entry.
 * @returns the element id.
 */
export function tooltipId(id: string, n: number): string {
  return n === 1 ? `t-${id}` : `t-${id}.${n}`
}

/**
 * Find or make the variant of a term; terms written alike (after folding) share one.
 *
 * @param term the term element.
 * @param variants the variants so far, by entry and folded text; added to.
 * @param used the term's entry as used in the article; its variants are added to.
 * @returns the variant.
 */
function variantOf(term: TermElement, variants: Map<string, TermVariant>, used: UsedEntry): TermVariant {
  const key = `${term.entry.id}\u0000${fold(term.text)}`
  const known = variants.get(key)
  if (known) return known
  const variant: TermVariant = {
    entry: term.entry,
    text: term.text,
    model: term.model,
    tipId: tooltipId(term.entry.id, used.variants.length + 1)
  }
  variants.set(key, variant)
  used.variants.push(variant)
  return variant
}

/**
 * Put each footnote number right after its term, outside it, so that the
 * term element holds nothing but the term and its ruby.
 *
 * @param tree the article tree; changed.
 * @param footnotes the number to put after each term element.
 * @returns nothing.
 */
function addFootnoteNumbers(tree: Root, footnotes: ReadonlyMap<Element, number>): void {
  visit(tree, 'element', (element, index, parent) => {
    const note = footnotes.get(element)
    if (note === undefined || !parent || index === undefined) return
    parent.children.splice(index + 1, 0, added('sup', {className: ['zg-fn']}, [String(note)]))
    return [SKIP, index + 2]
  })
}

/**
 * Number the sections of an article: every heading starts one. Elements
 * before the first heading are in section 0.
 *
 * @param tree the article tree.
 * @returns the section of every element.
 */
function sectionsOf(tree: Root): Map<Element, number> {
  const sections = new Map<Element, number>()
  let section = 0
  for (const block of tree.children) {
    if (block.type !== 'element') continue
    if (/^h[1-6]$/.test(block.tagName)) section += 1
    const current = section
    visit(block, 'element', (element) => {
      sections.set(element, current)
    })
  }
  return sections
}

/**
 * Remove the `<rp>` parentheses from a term's ruby.
 *
 * @param element the term element; changed.
 */
function dropParentheses(element: Element): void {
  for (const child of element.children) {
    if (child.type === 'element' && child.tagName === 'ruby')
      child.children = child.children.filter((part) => part.type !== 'element' || part.tagName !== 'rp')
  }
}
