/**
 * `name-absent`: the translation names a news outlet the source does not
 * (澎湃新闻 rendered "Bloomberg"). A capitalised name of the translation
 * that nothing of its source block accounts for, and that the dictionary
 * knows as a Chinese outlet (彭博社 Bloomberg News) written nowhere in the
 * source, was put there by the translator.
 */
import {makeFinding, type LocatedFinding} from './located.js'
import {quote} from './context.js'
import {keyOf, type RunWord} from './name-runs.js'
import {type Prepared, unexplainedParts} from './name-source.js'
import {datelineEnd} from './numbers.js'

/** The Chinese forms of a news outlet, by the key of its English name. */
export type NameIndex = ReadonlyMap<string, readonly string[]>

/** What a dictionary sense says of a news outlet or broadcaster. */
const outletSense = /\b(?:news|newspaper|agency|press|magazine|broadcast\w*|network|television|TV|journal|times|post)\b/i
/** The generic end of an agency's Chinese name (彭博社 is also written 彭博; 金融时报 is not 金融). */
const outletEnd = /(?:新闻社|新聞社|通讯社|通訊社|社)$/
/** The generic end of an outlet's English name (Bloomberg News is also Bloomberg). */
const outletWords = /\s+(?:News Agency|News)$/

/** The glossary's outlets (entries of category `media`) and which of them the source names. */
export interface GlossaryOutlets {
  isOutlet(id: string): boolean
  forms(id: string): readonly string[]
  /** Entries the source names, in any of their forms. */
  inSource: ReadonlySet<string>
}

/** Words after an outlet's name that are no part of it (Bloomberg News). */
const genericEnd = new Set(['news', 'agency'])

/**
 * The lines of the index that may be outlets, found from their cue words
 * (ASCII) in the bytes, and only those lines decoded: decoding the whole
 * dictionary costs several times more.
 */
function* outletLines(bytes: Uint8Array): Generator<string> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const ascii = text.toString('latin1')
  let done = -1
  for (const match of ascii.matchAll(new RegExp(outletSense.source, 'gi'))) {
    const start = ascii.lastIndexOf('\n', match.index) + 1
    if (start <= done) continue
    const end = ascii.indexOf('\n', match.index)
    done = end < 0 ? ascii.length : end
    yield text.subarray(start, done).toString('utf8')
  }
}

/** Outlet names that are everyday words too (the Times, a guardian, Fox the surname): never evidence alone. */
const everyday = new Set(
  'times post guardian economist sun star mirror independent express observer telegraph herald tribune globe nation standard daily fox focus world voice'.split(
    ' '
  )
)

/**
 * Read the news outlets of index lines (simplified, traditional, pinyin,
 * senses): proper nouns (a capital in the pinyin) whose senses say news,
 * agency, newspaper, broadcaster. Only outlets: other names (people,
 * places) are transliterated too many ways for a missing form to mean
 * anything.
 *
 * @param bytes the index's lines, as UTF-8.
 * @returns the Chinese forms (and their short forms) by name key.
 */
export function readNameIndex(bytes: Uint8Array): NameIndex {
  const index = new Map<string, string[]>()
  for (const line of outletLines(bytes)) {
    const [simplified = '', traditional = '', pinyin = '', senses = ''] = line.split('\t')
    if (!/^\p{Lu}/u.test(pinyin) || !outletSense.test(senses)) continue
    const forms = [simplified, traditional].flatMap((form) => {
      const short = form.replace(outletEnd, '')
      return short.length >= 2 && short !== form ? [form, short] : [form]
    })
    for (const sense of senses.split('/')) {
      if (!outletSense.test(sense)) continue
      // The name must be the whole sense, up to a note ("Reuters (news agency)"): not "French press".
      const lead = /^(?:The )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)\s*(?:$|[(,])/u.exec(sense.trim())?.[1]
      if (!lead) continue
      // Bloomberg News is Bloomberg too, for an agency (彭博社); the Commercial Press is not Commercial.
      const short = /社$/.test(simplified) ? [keyOf(lead.replace(outletWords, ''))] : []
      for (const key of new Set([keyOf(lead), ...short])) {
        if (key.length < 3 || everyday.has(key)) continue
        const known = index.get(key) ?? []
        index.set(key, [...new Set([...known, ...forms])])
      }
    }
  }
  return index
}

/**
 * Find names in translated blocks that the source does not hold.
 *
 * @param prepared the aligned pairs, read by `prepare`.
 * @param source the whole source, where any form of the name counts.
 * @param index the dictionary's outlets by name.
 * @param outlets the glossary's outlets.
 * @returns the findings (warnings), at the name in the translation.
 */
export function checkAbsentNames(
  prepared: readonly Prepared[],
  source: string,
  index: NameIndex,
  outlets: GlossaryOutlets
): LocatedFinding[] {
  const findings: LocatedFinding[] = []
  for (const at of prepared) {
    // A dateline names the agency that filed the story ("BEIJING, Dec 1 (Reuters) -").
    const dateline = datelineEnd(at.pair.target.text)
    const cited = (start: number): boolean => start < dateline || /\(\s*$/.test(at.pair.target.text.slice(0, start))
    for (const span of at.pair.renderings) {
      if (span.status === 'forbidden' || !outlets.isOutlet(span.id) || outlets.inSource.has(span.id) || cited(span.start)) continue
      findings.push(absent(at, span.start, span.end, outlets.forms(span.id), span.id))
    }
    // Headings are in title case: their capitals name nothing.
    if (at.pair.target.kind === 'heading') continue
    let unexplained: Set<RunWord> | undefined
    // What the source accounts for is read only where an outlet's name is found.
    const explained = (word: RunWord): boolean => {
      unexplained ??= new Set(unexplainedParts(at, () => true).flatMap((part) => part.run.slice(part.first, part.last + 1)))
      return !unexplained.has(word)
    }
    for (const run of at.runs) {
      // A whole run is the name (China Business Network is not China Business), or it less its generic end (Bloomberg News).
      let last = run.length - 1
      while (last > 0 && genericEnd.has(run[last]?.key ?? '')) last--
      const core = run.slice(0, last + 1)
      const [first] = core
      const end = core.at(-1)?.end ?? 0
      if (!first || cited(first.start)) continue
      const forms = index.get(run.map((word) => word.key).join('')) ?? index.get(core.map((word) => word.key).join(''))
      if (!forms || forms.some((form) => source.includes(form)) || core.some(explained)) continue
      findings.push(absent(at, first.start, end, forms))
    }
  }
  return findings
}

/** The finding: an outlet named at a place of the translation. */
function absent(at: Prepared, start: number, end: number, forms: readonly string[], term?: string): LocatedFinding {
  return makeFinding({
    rule: 'name-absent',
    severity: 'warning',
    ...(term === undefined ? {} : {term}),
    source: {block: at.pair.source, start: 0, end: 0},
    target: {block: at.pair.target, start, end},
    message: `the translation names ${quote(at.pair.target.text.slice(start, end))} (${forms.slice(0, 2).join(', ')}), which is not in the source: check which outlet the source names here`
  })
}
