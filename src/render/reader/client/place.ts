/**
 * Where a tooltip goes: under its term, or above it when there is no room
 * below, never outside the viewport.
 */

/**
 * Place a tooltip next to its term.
 *
 * @param tip the tooltip (shown, so that it can be measured).
 * @param term the term it describes.
 */
export function place(tip: HTMLElement, term: HTMLElement): void {
  const box = term.getBoundingClientRect()
  const viewportWidth = document.documentElement.clientWidth
  tip.style.maxWidth = `${Math.min(352, viewportWidth - 16)}px`
  const width = tip.offsetWidth
  const height = tip.offsetHeight
  const left = Math.max(8, Math.min(box.left, viewportWidth - width - 8))
  const fitsBelow = box.bottom + height + 6 <= window.innerHeight
  const wanted = fitsBelow ? box.bottom + 6 : box.top - height - 6
  // On a screen too short for either side, keep it whole inside the viewport (it scrolls inside, see max-height).
  const top = Math.max(8, Math.min(wanted, window.innerHeight - height - 8))
  tip.style.left = `${left + window.scrollX}px`
  tip.style.top = `${top + window.scrollY}px`
}
