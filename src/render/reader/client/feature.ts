/**
 * What every part of the reader's in-page script shares: the page it runs in
 * and the one tooltip open at a time. A feature is a function that receives
 * this and wires its own listeners; `index.ts` lists them.
 */

/** The tooltip layer, as other features may use it. */
export interface Tooltips {
  /** Show the tooltip of a term (closing any other), next to the term or to another element (its rendering in the translation). */
  show(term: HTMLElement, anchor?: HTMLElement): void
  /** Close the open tooltip, if any. */
  hide(): void
}

/** The shared state a feature is given. */
export interface Reader {
  /** The document element, where settings are mirrored as `data-*` attributes. */
  root: HTMLElement
  tooltips: Tooltips
}

/** One part of the reader's behaviour: it sets up its listeners once. */
export type Feature = (reader: Reader) => void
