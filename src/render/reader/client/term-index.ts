/**
 * The term index: choosing a term highlights its occurrences and steps
 * through them, with a stepper that says where the reader is.
 */
import {writtenText} from './dom.js'
import type {Feature} from './feature.js'

/** Wire the index's entries and the stepper's buttons. */
export const termIndex: Feature = () => {
  const bar = document.querySelector<HTMLElement>('.zg-stepper')
  const label = bar?.querySelector<HTMLElement>('.zg-step-label')
  let chosen: HTMLElement[] = []
  let chosenId = ''
  let current = -1

  const clearChoice = (): void => {
    for (const term of chosen) term.classList.remove('zg-hit', 'zg-current')
    chosen = []
    chosenId = ''
    current = -1
    if (bar) bar.hidden = true
  }

  const step = (by: number): void => {
    if (chosen.length === 0) return
    chosen[current]?.classList.remove('zg-current')
    current = (current + by + chosen.length) % chosen.length
    const term = chosen[current]
    if (!term) return
    term.classList.add('zg-current')
    term.scrollIntoView({block: 'center'})
    term.focus({preventScroll: true})
    if (label && bar) {
      label.textContent = (bar.dataset['template'] ?? '{current}/{total}')
        .replace('{term}', writtenText(term))
        .replace('{current}', String(current + 1))
        .replace('{total}', String(chosen.length))
    }
  }

  const choose = (id: string): void => {
    if (id === chosenId) {
      step(1)
      return
    }
    clearChoice()
    chosenId = id
    chosen = [...document.querySelectorAll<HTMLElement>(`[data-term="${CSS.escape(id)}"]`)]
    for (const term of chosen) term.classList.add('zg-hit')
    if (bar) bar.hidden = false
    // On a phone the open index covers the article: close it so the first occurrence shows.
    const index = document.querySelector<HTMLDetailsElement>('details.zg-index')
    if (index && window.matchMedia('(max-width: 40rem)').matches) index.open = false
    step(1)
  }

  for (const button of document.querySelectorAll<HTMLElement>('[data-index]')) {
    button.addEventListener('click', () => choose(button.dataset['index'] ?? ''))
  }
  for (const button of document.querySelectorAll<HTMLElement>('[data-step]')) {
    button.addEventListener('click', () => step(Number(button.dataset['step'])))
  }
  for (const button of document.querySelectorAll<HTMLElement>('.zg-step-close')) {
    button.addEventListener('click', clearChoice)
  }
}
