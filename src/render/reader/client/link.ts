/**
 * The link between a Chinese term and its English rendering in the
 * translation: pointing at one lights up the other side in the same row.
 */

/** The lit elements, so that they can be unlit. */
export interface Linker {
  /** Light up an element and its counterparts in its row. */
  link(element: HTMLElement, id: string): void
  /** Unlight everything. */
  unlink(): void
}

/**
 * Make a linker.
 *
 * @returns a fresh linker with nothing lit.
 */
export function createLinker(): Linker {
  let linked: Element[] = []
  const unlink = (): void => {
    for (const element of linked) element.classList.remove('zg-linked')
    linked = []
  }
  /** A term's renderings in the same row of the translation, or the terms a rendering stands for. */
  const link = (element: HTMLElement, id: string): void => {
    unlink()
    const row = element.closest('.zg-row')
    if (!row) return
    const selector = element.dataset['term'] === undefined ? `[data-term="${CSS.escape(id)}"]` : `[data-rendering="${CSS.escape(id)}"]`
    linked = [element, ...row.querySelectorAll(selector)]
    for (const other of linked) other.classList.add('zg-linked')
  }
  return {link, unlink}
}
