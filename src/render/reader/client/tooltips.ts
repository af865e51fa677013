/**
 * The tooltip layer: one tooltip open at a time, placed inside the viewport,
 * with the term's counterparts in the translation lit while it is open.
 * Leaving a term closes its tooltip after a moment, so that the pointer can
 * cross the gap into the tooltip to read or select it.
 */
import type {Tooltips} from './feature.js'
import {createLinker, type Linker} from './link.js'
import {place} from './place.js'

/** The tooltip layer with what its event handlers need to see. */
export interface TooltipLayer extends Tooltips {
  /** The open tooltip, if any. */
  open(): HTMLElement | null
  /** The term whose tooltip is open, if any. */
  openTerm(): HTMLElement | null
  /** Cancel a pending close. */
  keepOpen(): void
  /** Close after a moment, unless kept open meanwhile. */
  closeSoon(): void
  /** Place the open tooltip again (after a resize). */
  replace(): void
  /** The open tooltip's note and other forms, as text (empty when it has none). */
  note(): string
  linker: Linker
}

/**
 * Make the tooltip layer.
 *
 * @returns the layer, with nothing open.
 */
export function createTooltips(): TooltipLayer {
  let open: HTMLElement | null = null
  let openTerm: HTMLElement | null = null
  let closing: number | undefined
  const linker = createLinker()

  const keepOpen = (): void => {
    window.clearTimeout(closing)
    closing = undefined
  }
  const hide = (): void => {
    keepOpen()
    if (open) open.hidden = true
    open = null
    openTerm = null
    linker.unlink()
  }
  const show = (term: HTMLElement, anchor: HTMLElement = term): void => {
    // The term names the short description (role=tooltip); the box around it holds the note too.
    const tip = document.getElementById(term.getAttribute('aria-describedby') ?? '')?.closest<HTMLElement>('.zg-tip')
    if (!tip) return
    keepOpen()
    if (open && open !== tip) hide()
    tip.hidden = false
    open = tip
    openTerm = term
    place(tip, anchor)
    linker.link(term, term.dataset['term'] ?? '')
  }
  return {
    show,
    hide,
    keepOpen,
    linker,
    open: () => open,
    openTerm: () => openTerm,
    closeSoon: () => {
      keepOpen()
      closing = window.setTimeout(hide, 300)
    },
    replace: () => {
      if (open && openTerm) place(open, openTerm)
    },
    note: () => {
      const more = open?.querySelector('.zg-tip-more')
      return more?.textContent ?? ''
    }
  }
}
