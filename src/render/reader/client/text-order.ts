/**
 * Which text of the article carries pinyin over all text, in what order: one
 * rule for the page that writes the readings (in Node) and the script that
 * puts them over the characters (in the browser). Text inside these elements,
 * or inside anything marked `data-added`, has no reading of its own.
 */

/** Elements whose text gets no pinyin: code, readings, and what is not shown as text. */
export const unreadTags: readonly string[] = ['code', 'pre', 'kbd', 'samp', 'rt', 'rp', 'script', 'style', 'template']

/** One Han character (the ideographic zero and iteration mark are Han too). */
export const hanCharacter = /[\p{Script=Han}〇々]/u

/** The id of the element that carries the readings, one syllable per character, separated by spaces. */
export const readingsId = 'zg-readings'
