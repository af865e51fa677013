/**
 * The article is one Tab stop: the arrow keys go from term to term (a roving
 * tabindex, as the ARIA Authoring Practices describe it), Home and End to the
 * first and last. The term last reached keeps the Tab stop.
 */
import {termOf} from './dom.js'
import type {Feature} from './feature.js'

/** Keys and how far each moves. */
const moves: Record<string, (at: number, last: number) => number> = {
  ArrowRight: (at, last) => Math.min(at + 1, last),
  ArrowDown: (at, last) => Math.min(at + 1, last),
  ArrowLeft: (at) => Math.max(at - 1, 0),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, last) => last
}

/** Move the Tab stop with the focus, and move the focus with the arrow keys. */
export const roving: Feature = () => {
  const main = document.querySelector('main')
  if (!main) return
  const terms = [...main.querySelectorAll<HTMLElement>('[data-term]')]
  const takeStop = (term: HTMLElement): void => {
    for (const other of main.querySelectorAll<HTMLElement>('[data-term][tabindex="0"]')) if (other !== term) other.tabIndex = -1
    term.tabIndex = 0
  }
  main.addEventListener('focusin', (event) => {
    const term = termOf(event.target)
    if (term) takeStop(term)
  })
  main.addEventListener('keydown', (event) => {
    const term = termOf(event.target)
    const move = moves[event.key]
    if (!term || !move || event.altKey || event.ctrlKey || event.metaKey) return
    const next = terms[move(terms.indexOf(term), terms.length - 1)]
    if (!next || next === term) return
    event.preventDefault()
    next.focus()
  })
}
