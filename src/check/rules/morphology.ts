/**
 * English renderings found through inflection and spelling variants: a
 * rendering matches when the translation has the same words up to their
 * Porter stems (trains for train, valued for value), with a hyphen for a
 * space (single-precision floating-point), in any case. Short references to a name already rendered count too: the
 * surname of a person (Huang), "the company" or the last word of a body's
 * name (the ministry).
 *
 * The stemmer is the `stemmer` package (Porter's algorithm, no
 * dependencies, typed, from the same makers as the Markdown pipeline): a
 * lemmatiser with a word list (wink-lemmatizer) knows irregular forms but is
 * a hundred times larger, and irregular forms can be listed on an entry.
 */
import {stemmer} from 'stemmer'

/** A range of a text, `end` exclusive. */
export interface TextRange {
  start: number
  end: number
}

interface Word extends TextRange {
  stem: string
}

/** The words of a text with their stems; a possessive ending is dropped. */
function wordsOf(text: string): Word[] {
  const words: Word[] = []
  // Letters and digits are words apart (5nm is 5 and nm), on both sides alike.
  for (const match of text.matchAll(/[A-Za-z]+(?:['’][A-Za-z]+)?|[0-9]+/g)) {
    const bare = match[0].replace(/['’]s?$/i, '').toLowerCase()
    words.push({start: match.index, end: match.index + match[0].length, stem: stemmer(bare)})
  }
  return words
}

/**
 * Find a rendering in a text up to inflection, case and hyphenation.
 *
 * @param text the translated block.
 * @param rendering a rendering of the glossary.
 * @returns where it is written, or undefined.
 */
export function findInflected(text: string, rendering: string): TextRange | undefined {
  const wanted = wordsOf(rendering).map((word) => word.stem)
  if (wanted.length === 0) return undefined
  const words = wordsOf(text)
  for (let index = 0; index + wanted.length <= words.length; index++) {
    let ok = true
    for (let offset = 0; offset < wanted.length && ok; offset++) {
      const word = words[index + offset]
      const previous = words[index + offset - 1]
      ok = word?.stem === wanted[offset]
      // Words of one rendering stand together: only spaces or hyphens between them.
      if (ok && offset > 0 && previous && word) ok = /^[\s\-‐–]*$/.test(text.slice(previous.end, word.start))
    }
    const first = words[index]
    const last = words[index + wanted.length - 1]
    if (ok && first && last) return {start: first.start, end: last.end}
  }
  return undefined
}

/** Words that refer back to a body already named. */
const bodyWords =
  /\b(?:the|its|this)\s+(?:company|firm|group|chipmaker|chip maker|maker|ministry|agency|administration|regulator|newspaper|paper|department|office|commission)\b/i

/**
 * Find a short reference to a name already rendered earlier in the
 * translation: a person's surname, or "the company" for a body.
 *
 * @param text the translated block.
 * @param rendering the entry's rendering (Jensen Huang, Ministry of Foreign Affairs).
 * @param kind whether the entry names a person or a body.
 * @returns where the reference is written, or undefined.
 */
export function findShortReference(text: string, rendering: string, kind: 'person' | 'body'): TextRange | undefined {
  const words = rendering.split(/\s+/).filter(Boolean)
  if (kind === 'person') {
    const surname = words.at(-1)
    if (!surname || words.length < 2) return undefined
    const match = new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(text)
    return match ? {start: match.index, end: match.index + match[0].length} : undefined
  }
  const match = bodyWords.exec(text)
  return match ? {start: match.index, end: match.index + match[0].length} : undefined
}
