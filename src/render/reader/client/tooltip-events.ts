/**
 * When tooltips open and close: on hover, focus and tap; Escape closes;
 * Enter and Space toggle; a tap elsewhere closes. Pointing at an English
 * rendering in the translation lights up its Chinese terms.
 */
import {termOf, tipOf} from './dom.js'
import type {TooltipLayer} from './tooltips.js'

/**
 * Wire the pointer: hover opens, leaving closes after a moment.
 *
 * @param layer the tooltip layer.
 */
export function wirePointer(layer: TooltipLayer): void {
  const {linker} = layer
  document.addEventListener('mouseover', (event) => {
    const term = termOf(event.target)
    if (term) {
      layer.show(term)
      return
    }
    if (layer.open() && tipOf(event.target) === layer.open()) layer.keepOpen()
    const rendering = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-rendering]') : null
    if (rendering) linker.link(rendering, rendering.dataset['rendering'] ?? '')
  })
  document.addEventListener('mouseout', (event) => {
    const from = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-term], [data-rendering], .zg-tip') : null
    if (!from) return
    const to = event.relatedTarget
    if (to instanceof Node && from.contains(to)) return
    const openTerm = layer.openTerm()
    if (tipOf(to) === layer.open() || (openTerm && to instanceof Node && openTerm.contains(to))) return
    if (from.dataset['rendering'] !== undefined) {
      linker.unlink()
      if (openTerm) linker.link(openTerm, openTerm.dataset['term'] ?? '')
    } else if (layer.open() && document.activeElement !== openTerm) {
      layer.closeSoon()
    }
  })
}

/**
 * Wire focus, taps and keys.
 *
 * @param layer the tooltip layer.
 */
export function wireFocusAndKeys(layer: TooltipLayer): void {
  document.addEventListener('focusin', (event) => {
    const term = termOf(event.target)
    if (term) layer.show(term)
  })
  document.addEventListener('focusout', (event) => {
    // A click into the open tooltip (to select its text) takes focus from the term but should not close it.
    if (termOf(event.target) === layer.openTerm() && !layer.open()?.matches(':hover')) layer.hide()
  })
  document.addEventListener('click', (event) => {
    const term = termOf(event.target) ?? renderedTerm(event.target)
    const inControls = event.target instanceof Element && event.target.closest('.zg-stepper, .zg-index') !== null
    if (term) layer.show(term, event.target instanceof HTMLElement ? event.target : term)
    else if (!tipOf(event.target) && !inControls) layer.hide()
  })
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      layer.hide()
      return
    }
    const term = termOf(event.target)
    if (term && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault()
      layer.show(term)
      // The description is short; the note is read out on request, through the live region.
      const live = document.querySelector('.zg-live')
      if (live) live.textContent = layer.note()
    }
  })
  window.addEventListener('resize', () => layer.replace())
}

/**
 * The Chinese term an English rendering in the translation stands for: the
 * first of that entry in the same row, so that a tap on the English answers too.
 *
 * @param target the event's target.
 * @returns the term element, or null.
 */
function renderedTerm(target: EventTarget | null): HTMLElement | null {
  const rendering = target instanceof Element ? target.closest<HTMLElement>('[data-rendering]') : null
  const id = rendering?.dataset['rendering']
  if (!rendering || id === undefined) return null
  return rendering.closest('.zg-row')?.querySelector<HTMLElement>(`[data-term="${CSS.escape(id)}"]`) ?? null
}
