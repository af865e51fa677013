/**
 * The invariants every article and glossary must keep, checked on one case:
 * no exception, the contract's text rule on the fragment and the reader page,
 * term elements holding forms of their entries, HTML without parse errors,
 * and the same bytes when built twice. Shared by the bounded property test
 * and `npm run fuzz`.
 */
import type {Element, Nodes} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {visit} from 'unist-util-visit'
import {createGlossary, type Glossary} from '../../src/glossary/create.js'
import {fold} from '../../src/matcher/index.js'
import {renderArticle} from '../../src/render/render-article.js'
import type {FuzzCase} from './arbitraries.js'
import {bareHtml, htmlParseErrors, ownText} from './text.js'

/** Which outputs to check. (default: both) */
export type FuzzOutput = 'fragment' | 'reader'

/**
 * Check every invariant on one generated case; throw an error saying which
 * one broke and how.
 *
 * @param fuzzCase the glossary and article.
 * @param outputs the outputs to render and check.
 * @returns nothing; resolves when every invariant holds.
 */
export async function checkInvariants(fuzzCase: FuzzCase, outputs: readonly FuzzOutput[] = ['fragment', 'reader']): Promise<void> {
  const glossary = createGlossary(fuzzCase.glossary.resources)
  const bare = bareHtml(fuzzCase.markdown)
  const expected = ownText(bare)
  const inherited = new Set(fragmentParseErrors(bare).map(ruleOf))
  for (const format of outputs) {
    const html = await renderArticle(fuzzCase.markdown, {glossary, format})
    const again = await renderArticle(fuzzCase.markdown, {glossary: createGlossary(fuzzCase.glossary.resources), format})
    if (again !== html) throw new Error(`${format}: building twice gave different bytes`)
    const actual = ownText(html)
    if (actual !== expected)
      throw new Error(`${format}: the text rule broke\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`)
    const errors = (format === 'fragment' ? fragmentParseErrors(html) : htmlParseErrors(html)).filter(
      (error) => !inherited.has(ruleOf(error))
    )
    if (errors.length > 0) throw new Error(`${format}: HTML parse errors: ${errors.join(', ')}`)
    for (const problem of termProblems(html, glossary)) throw new Error(`${format}: ${problem}`)
  }
}

/** The rule of a parse error, without its place: an article's own noncharacters are its own. */
function ruleOf(error: string): string {
  return error.replace(/ at .*$/, '')
}

/**
 * Parse errors of a fragment, as the body of a minimal document.
 *
 * @param html the fragment.
 * @returns the errors.
 */
function fragmentParseErrors(html: string): string[] {
  return htmlParseErrors(`<!doctype html><html><head><title>x</title></head><body>${html}</body></html>`)
}

/**
 * Every term element whose text is not a form of its entry (model number allowed).
 *
 * @param html the output.
 * @param glossary the glossary.
 * @returns a sentence per bad element.
 */
export function termProblems(html: string, glossary: Glossary): string[] {
  const problems: string[] = []
  visit(fromHtml(html), 'element', (element: Element) => {
    const id = element.properties['dataTerm']
    if (id === undefined) return
    const entry = glossary.entry(String(id))
    const text = ownTextOf(element)
    if (!entry) problems.push(`data-term="${String(id)}" names no entry`)
    else if (!isFormOf(text, entry.forms, entry.models))
      problems.push(`data-term="${entry.id}" holds ${JSON.stringify(text)}, which is not one of its forms ${JSON.stringify(entry.forms)}`)
  })
  return problems
}

/**
 * Whether a text is one of the forms after folding, or a form followed by a
 * model number when the entry takes one.
 *
 * @param text the element's text.
 * @param forms the entry's forms.
 * @param models whether a model number may follow.
 * @returns true when it is.
 */
export function isFormOf(text: string, forms: readonly string[], models: boolean): boolean {
  // A term may run over one line break (re-wrapped text), which reads as nothing between Han characters and as a space elsewhere.
  const unwrapped = [text.replace(/\r?\n[ \t]*/g, ''), text.replace(/\r?\n[ \t]*/g, ' ')]
  return unwrapped.some((variant) => isUnwrappedFormOf(fold(variant), forms, models))
}

/** `isFormOf` for a text with no line break. */
function isUnwrappedFormOf(folded: string, forms: readonly string[], models: boolean): boolean {
  return forms.some((form) => {
    const own = fold(form)
    if (folded === own) return true
    return models && folded.startsWith(own) && /^ ?[a-z0-9]*[0-9][a-z0-9]*$/.test(folded.slice(own.length))
  })
}

/** The text of an element without what is added (ruby annotations). */
function ownTextOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' && (node.tagName === 'rt' || node.tagName === 'rp')) return ''
  return 'children' in node ? node.children.map(ownTextOf).join('') : ''
}
