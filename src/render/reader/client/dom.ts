/**
 * Small questions the features ask of the page.
 */

/**
 * The glossary term an event happened in.
 *
 * @param target the event's target.
 * @returns the `data-term` element, or null.
 */
export function termOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[data-term]') : null
}

/**
 * The tooltip an event happened in.
 *
 * @param target the event's target.
 * @returns the tooltip element, or null.
 */
export function tipOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.zg-tip') : null
}

/**
 * A term's text as written in the article: without pinyin and footnote numbers.
 *
 * @param term the term element.
 * @returns its text.
 */
export function writtenText(term: HTMLElement): string {
  const copy = term.cloneNode(true)
  if (!(copy instanceof Element)) return ''
  for (const extra of copy.querySelectorAll('rt, rp, [data-added]')) extra.remove()
  return copy.textContent ?? ''
}
