/**
 * What the word popup shows: the word as written, its other script, its
 * reading here, its dictionary entries (pinyin and senses), for a long word
 * its parts, how common it is, and the dictionary's credit.
 */
import type {Form, WordData} from './word-order.js'

/**
 * An element with text.
 *
 * @param tag the tag.
 * @param className its class.
 * @param text its text (set as text, never as markup).
 * @returns the element.
 */
function make(tag: string, className: string, text = ''): HTMLElement {
  const element = document.createElement(tag)
  element.className = className
  element.textContent = text
  return element
}

/** One occurrence to show: as written, its form, and the page's data. */
export interface Shown {
  written: string
  form: Form
  data: WordData
}

/**
 * Fill the popup for one word.
 *
 * @param popup the popup element.
 * @param shown the word.
 */
export function fill(popup: HTMLElement, {written, form, data}: Shown): void {
  const word = data.words[form.key]
  popup.replaceChildren()
  const entries = word?.e ?? []
  const others = [...new Set(entries.flatMap((entry) => [entry[0], entry[1]]))].filter((other) => other !== written)
  const head = make('p', 'zg-wp-head')
  head.append(make('span', 'zg-wp-word', written), make('span', 'zg-wp-other', others.join(' · ')))
  popup.append(head)
  if (form.reading) popup.append(make('p', 'zg-wp-pinyin', form.reading))
  if (entries.length === 0) popup.append(make('p', 'zg-wp-none', '—'))
  for (const [, , pinyin, senses] of entries) {
    const item = make('div', 'zg-wp-entry')
    item.append(make('p', 'zg-wp-pinyin', pinyin), make('p', 'zg-wp-senses', senses.join('; ')))
    popup.append(item)
  }
  if (word?.p) {
    const parts = make('p', 'zg-wp-parts')
    for (const [text, partKey] of word.p) {
      const first = data.words[partKey]?.e[0]
      parts.append(make('span', 'zg-wp-part', first ? `${text} ${first[2]}: ${first[3][0] ?? ''}` : text))
    }
    popup.append(parts)
  }
  if (word) popup.append(make('p', 'zg-wp-band', bandText(word.b)))
  popup.append(make('p', 'zg-wp-credit', `${data.source} ${data.edition}`))
}

/** Upper ranks of bands 1 to 5, as the page's data counts them. */
const bandLimits = ['1,000', '2,500', '5,000', '10,000', '20,000']

/**
 * How common a word is, in words.
 *
 * @param band 1 (most frequent) to 6 (rare or unlisted).
 * @returns a short phrase such as `band 2 · among the 2,500 most frequent words`.
 */
function bandText(band: number): string {
  const limit = bandLimits[band - 1]
  return limit ? `band ${band} · among the ${limit} most frequent words` : `band ${band} · less frequent`
}
