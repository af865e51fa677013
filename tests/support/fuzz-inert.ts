/**
 * What "none of it runs or changes the page" means, checked on serialized
 * HTML with a parser: no event handler attributes, no script-bearing URLs,
 * no active or foreign elements, only the tool's own static scripts and
 * styles, and no id given twice.
 */
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toString as hastText} from 'hast-util-to-string'
import {visit} from 'unist-util-visit'

/** Elements that must never reach a page, whatever their attributes. */
const forbiddenTags = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'form',
  'base',
  'link',
  'portal',
  'noscript',
  'marquee'
])

/** Properties (hast names) that hold a URL the browser may follow or load. */
const urlProperties = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data', 'cite', 'background', 'srcSet', 'ping']

/** URLs that run code or load a document: after the browser's own clean-up of the address. */
const unsafeUrl = /^(?:javascript|vbscript|livescript|data:(?!image\/(?:png|gif|jpeg|webp|avif);))/i

/** The scripts, styles and meta elements of a page known to be harmless, to compare with. */
export interface Baseline {
  scripts: ReadonlySet<string>
  styles: ReadonlySet<string>
  metas: ReadonlySet<string>
}

/**
 * Collect the static parts of a harmless page.
 *
 * @param html a page built from a plain article.
 * @returns its scripts, styles and meta elements.
 */
export function baselineOf(html: string): Baseline {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const metas = new Set<string>()
  visit(fromHtml(html), 'element', (element: Element) => {
    if (element.tagName === 'script') scripts.add(hastText(element))
    if (element.tagName === 'style') styles.add(hastText(element))
    if (element.tagName === 'meta') metas.add(JSON.stringify(element.properties))
  })
  return {scripts, styles, metas}
}

/** The data blocks the reader embeds (readings, dictionary entries): never run, whatever they hold. */
const ownData = new Map([
  ['zg-readings', 'text/plain'],
  ['zg-words', 'application/json']
])

/**
 * Whether a script element is one of the reader's own data blocks: of a
 * type browsers never run, with an id the reader gives it.
 *
 * @param element a script element.
 * @returns true for the reader's data.
 */
function isOwnData(element: Element): boolean {
  const id = String(element.properties['id'] ?? '')
  return ownData.has(id) && ownData.get(id) === element.properties['type']
}

/**
 * Every way a page could run something or be changed by what it shows.
 *
 * @param html the page (or fragment).
 * @param baseline the static parts of a harmless page.
 * @returns one sentence per problem; empty when the page is inert.
 */
export function activeContent(html: string, baseline: Baseline): string[] {
  const problems: string[] = []
  const ids = new Map<string, number>()
  visit(fromHtml(html), 'element', (element: Element) => {
    const tag = element.tagName
    if (forbiddenTags.has(tag)) problems.push(`<${tag}> element`)
    if (tag === 'script' && !baseline.scripts.has(hastText(element)) && !isOwnData(element))
      problems.push(`a script that is not the tool's own: ${hastText(element).slice(0, 80)}`)
    if (tag === 'style' && !baseline.styles.has(hastText(element)))
      problems.push(`a style that is not the tool's own: ${hastText(element).slice(0, 80)}`)
    if (tag === 'meta' && !baseline.metas.has(JSON.stringify(element.properties)))
      problems.push(`a meta element that is not the tool's own: ${JSON.stringify(element.properties)}`)
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) problems.push(`an event handler attribute ${name} on <${tag}>`)
      if (name === 'name' && (tag === 'img' || tag === 'a'))
        problems.push(`a name attribute on <${tag}>, which can clobber document properties`)
      if (
        urlProperties.includes(name) &&
        unsafeUrl.test(
          String(value)
            .replace(/[\t\n\r]/g, '')
            .trim()
        )
      )
        problems.push(`${name}="${String(value)}" on <${tag}>`)
    }
    const id = element.properties['id']
    if (typeof id === 'string') ids.set(id, (ids.get(id) ?? 0) + 1)
  })
  for (const [id, count] of ids) if (count > 1) problems.push(`the id "${id}" is given ${count} times`)
  return problems
}
