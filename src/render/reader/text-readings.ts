/**
 * The readings of pinyin over all text, written once into the page as one
 * compact string (a syllable per Han character, in document order) instead
 * of a `<ruby>` per character: the page's script puts them over the
 * characters when the reader asks for them (client/text-pinyin.ts), so an
 * ordinary page stays light. Characters are read run by run, a run crossing
 * inline elements (a term inside a sentence), so that polyphonic characters
 * take the reading of their word.
 */
import type {ElementContent} from 'hast'
import {readPhrase} from '../../glossary/reading.js'
import {encodeReadings, hanCharacter, unreadTags} from './client/text-order.js'

const unread = new Set(unreadTags)

/**
 * The readings of every Han character of an article's nodes.
 *
 * @param nodes the article's nodes as the page will show them.
 * @returns the syllables, encoded compactly.
 */
export function textReadings(nodes: readonly ElementContent[]): string {
  const runs: string[] = []
  let run = ''
  const visit = (node: ElementContent): void => {
    if (node.type === 'text') {
      for (const character of node.value) {
        if (hanCharacter.test(character)) run += character
        else if (run) {
          runs.push(run)
          run = ''
        }
      }
    } else if (node.type === 'element' && !unread.has(node.tagName) && node.properties['dataAdded'] === undefined) {
      for (const child of node.children) visit(child)
    }
  }
  for (const node of nodes) visit(node)
  if (run) runs.push(run)
  return encodeReadings(runs.flatMap(readRun))
}

/**
 * The syllables of one run, one per character: read as a phrase, or
 * character by character where the phrase does not come out one syllable a character.
 *
 * @param run Han characters.
 * @returns one syllable per character.
 */
function readRun(run: string): string[] {
  const characters = [...run]
  const syllables = readPhrase(run).split(/\s+/).filter(Boolean)
  if (syllables.length === characters.length) return syllables
  return characters.map((character) => readPhrase(character).split(/\s+/)[0] || '?')
}
