/**
 * The reader's script: shows a term's tooltip on hover, focus and tap, one at
 * a time, inside the viewport; hides it on Escape, on leaving, and on a tap
 * elsewhere. Static code only: it reads the page, it never embeds data.
 */

/** Runs in the page. Written as a function so that it is type-checked. */
function readerMain(): void {
  let open: HTMLElement | null = null

  const termOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? target.closest<HTMLElement>('[data-term]') : null

  const hide = (): void => {
    if (open) open.hidden = true
    open = null
  }

  const show = (term: HTMLElement): void => {
    const tip = document.getElementById(term.getAttribute('aria-describedby') ?? '')
    if (!tip) return
    if (open && open !== tip) hide()
    tip.hidden = false
    open = tip
    const box = term.getBoundingClientRect()
    const width = tip.offsetWidth
    const left = Math.max(4, Math.min(box.left, document.documentElement.clientWidth - width - 4))
    const below = box.bottom + tip.offsetHeight + 4 <= window.innerHeight
    const top = below ? box.bottom + 4 : Math.max(4, box.top - tip.offsetHeight - 4)
    tip.style.left = `${left + window.scrollX}px`
    tip.style.top = `${top + window.scrollY}px`
  }

  document.addEventListener('mouseover', (event) => {
    const term = termOf(event.target)
    if (term) show(term)
  })
  document.addEventListener('mouseout', (event) => {
    const term = termOf(event.target)
    if (term && !term.contains(event.relatedTarget as Node | null)) hide()
  })
  document.addEventListener('focusin', (event) => {
    const term = termOf(event.target)
    if (term) show(term)
  })
  document.addEventListener('focusout', hide)
  document.addEventListener('click', (event) => {
    const term = termOf(event.target)
    if (term) show(term)
    else hide()
  })
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide()
  })
}

/** The script as inlined in the page. */
export const readerScript = `(${readerMain.toString()})()`
