/**
 * The reader's script: settings (kept in localStorage when it is there),
 * tooltips on hover, focus and tap (one at a time, inside the viewport,
 * closed by Escape, by a tap elsewhere and by the pointer leaving), the link
 * between a Chinese term and its English rendering in the translation, and
 * the term index's stepping. Static code only: it reads the page, it never
 * embeds data.
 */

/** Runs in the page. Written as a function so that it is type-checked. */
function readerMain(): void {
  const root = document.documentElement
  const storageKey = 'zhgloss:reader'

  /** Settings are read and written through this; a browser without storage (or refusing it) still works. */
  const storage = {
    read(): Record<string, string> {
      try {
        const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey) ?? '{}')
        return typeof parsed === 'object' && parsed !== null
          ? Object.fromEntries(Object.entries(parsed).filter((pair): pair is [string, string] => typeof pair[1] === 'string'))
          : {}
      } catch {
        return {}
      }
    },
    write(settings: Record<string, string>): void {
      try {
        window.localStorage.setItem(storageKey, JSON.stringify(settings))
      } catch {
        // Storage may be full or forbidden (private windows, file: pages in some browsers): the choice still holds for this visit.
      }
    }
  }

  const controlValue = (control: HTMLInputElement | HTMLSelectElement): string =>
    control instanceof HTMLInputElement ? (control.checked ? 'on' : 'off') : control.value

  const setValue = (control: HTMLInputElement | HTMLSelectElement, value: string): void => {
    if (control instanceof HTMLInputElement) control.checked = value === 'on'
    else if ([...control.options].some((option) => option.value === value)) control.value = value
  }

  const controls = [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-setting]')]
  const settings = storage.read()
  for (const control of controls) {
    const name = control.dataset['setting'] ?? ''
    const stored = settings[name]
    if (stored !== undefined) setValue(control, stored)
    root.dataset[name] = controlValue(control)
    control.addEventListener('change', () => {
      root.dataset[name] = controlValue(control)
      settings[name] = controlValue(control)
      storage.write(settings)
    })
  }
  for (const bar of document.querySelectorAll<HTMLElement>('.zg-bar')) bar.hidden = false

  // Tooltips.
  let open: HTMLElement | null = null
  let openTerm: HTMLElement | null = null
  let linked: Element[] = []

  const termOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? target.closest<HTMLElement>('[data-term]') : null

  const tipOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? target.closest<HTMLElement>('.zg-tip') : null

  const unlink = (): void => {
    for (const element of linked) element.classList.remove('zg-linked')
    linked = []
  }

  /** Light up the other side of a term: its renderings in the same row of the translation, or the terms a rendering stands for. */
  const link = (element: HTMLElement, id: string): void => {
    unlink()
    const row = element.closest('.zg-row')
    if (!row) return
    const selector = element.dataset['term'] === undefined ? `[data-term="${CSS.escape(id)}"]` : `[data-rendering="${CSS.escape(id)}"]`
    linked = [element, ...row.querySelectorAll(selector)]
    for (const other of linked) other.classList.add('zg-linked')
  }

  // Leaving a term closes its tooltip after a moment, so that the pointer can cross the gap into the tooltip to read or select it.
  let closing: number | undefined

  const keepOpen = (): void => {
    window.clearTimeout(closing)
    closing = undefined
  }

  const hide = (): void => {
    keepOpen()
    if (open) open.hidden = true
    open = null
    openTerm = null
    unlink()
  }

  /** Place the tooltip under the term, or above it when there is no room below, never outside the viewport. */
  const place = (tip: HTMLElement, term: HTMLElement): void => {
    const box = term.getBoundingClientRect()
    const viewportWidth = root.clientWidth
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

  const show = (term: HTMLElement): void => {
    const tip = document.getElementById(term.getAttribute('aria-describedby') ?? '')
    if (!tip) return
    keepOpen()
    if (open && open !== tip) hide()
    tip.hidden = false
    open = tip
    openTerm = term
    place(tip, term)
    link(term, term.dataset['term'] ?? '')
  }

  document.addEventListener('mouseover', (event) => {
    const term = termOf(event.target)
    if (term) {
      show(term)
      return
    }
    if (open && tipOf(event.target) === open) keepOpen()
    const rendering = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-rendering]') : null
    if (rendering) link(rendering, rendering.dataset['rendering'] ?? '')
  })
  document.addEventListener('mouseout', (event) => {
    const from = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-term], [data-rendering], .zg-tip') : null
    if (!from) return
    const to = event.relatedTarget
    if (to instanceof Node && from.contains(to)) return
    if (tipOf(to) === open || (openTerm && to instanceof Node && openTerm.contains(to))) return
    if (from.dataset['rendering'] !== undefined) {
      unlink()
      if (openTerm) link(openTerm, openTerm.dataset['term'] ?? '')
    } else if (open && document.activeElement !== openTerm) {
      keepOpen()
      closing = window.setTimeout(hide, 300)
    }
  })
  document.addEventListener('focusin', (event) => {
    const term = termOf(event.target)
    if (term) show(term)
  })
  document.addEventListener('focusout', (event) => {
    // A click into the open tooltip (to select its text) takes focus from the term but should not close it.
    if (termOf(event.target) === openTerm && !open?.matches(':hover')) hide()
  })
  document.addEventListener('click', (event) => {
    const term = termOf(event.target)
    const inControls = event.target instanceof Element && event.target.closest('.zg-stepper, .zg-index') !== null
    if (term) show(term)
    else if (!tipOf(event.target) && !inControls) hide()
  })
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      hide()
      return
    }
    const term = termOf(event.target)
    if (term && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault()
      if (open && openTerm === term) hide()
      else show(term)
    }
  })
  window.addEventListener('resize', () => {
    if (open && openTerm) place(open, openTerm)
  })

  /** A term's text as written in the article: without pinyin and footnote numbers. */
  const writtenText = (term: HTMLElement): string => {
    const copy = term.cloneNode(true)
    if (!(copy instanceof Element)) return ''
    for (const extra of copy.querySelectorAll('rt, rp, [data-added]')) extra.remove()
    return copy.textContent ?? ''
  }

  // Term index: choosing a term highlights its occurrences and steps through them.
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

/** The script as inlined in the page. */
export const readerScript = `(${readerMain.toString()})()`
