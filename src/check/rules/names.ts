/**
 * `name-inconsistent`: a name the glossary lacks, translated two ways in
 * one document (寒武纪 "Cambricon" in one paragraph, "Cambrian" in another;
 * 黄仁勋 "Jensen Huang", then "Huang Renxun").
 *
 * Precision comes first, so a name is only followed where the translation
 * writes it once in a way the source itself gives: its pinyin (Huang
 * Renxun) or its dictionary sense (Cambrian). In the other paragraphs of the
 * name, the rendering is the one run of capitalised words that nothing else
 * of the source accounts for (its Latin words, the senses and pinyin of its
 * other words, the glossary) and that the translation writes nowhere else.
 */
import type {Dictionary} from '../../dictionary/types.js'
import {fold} from '../../matcher/index.js'
import {makeFinding, type LocatedFinding} from './located.js'
import {quote} from './context.js'
import {keyOf, pinyinKeys, type RunWord, senseNames} from './name-runs.js'
import {type NamePair, type Prepared, type RunPart, textOf, unexplainedParts} from './name-source.js'

/** A place of a span of text in one pair's block. */
interface Span {
  pair: number
  start: number
  end: number
}

/** Most frequent words (a rank up to this) are no names to follow: places and peoples have many right renderings. */
const commonRank = 20000

/**
 * Find names the glossary lacks that the translation renders in two ways.
 *
 * @param prepared the aligned pairs with both blocks, in document order, read by `prepare`.
 * @param dictionary the dictionary, for pinyin and senses.
 * @returns the findings (warnings), at the later rendering, in document order.
 */
export function checkNames(prepared: readonly Prepared[], dictionary: Dictionary): LocatedFinding[] {
  const pairs = prepared.map((at) => at.pair)
  const findings: Placed[] = []
  const reported: Span[] = []
  for (const [name, spans] of repeatedNames(pairs)) {
    const headword = [...name].map((character) => fold(character)).join('')
    dictionary.load([...headword])
    const rank = dictionary.rank(headword)
    if (rank > 0 && rank <= commonRank) continue
    const literal = literalKeys(headword, spans, prepared, dictionary)
    if (literal.size === 0) continue
    for (const {located, target} of renderingsOf(name, spans, literal, prepared)) {
      // 黄仁勋 and its part 仁勋 find the same rendering: the longer name, first, reports it.
      if (reported.some((span) => span.pair === target.pair && span.start < target.end && target.start < span.end)) continue
      reported.push(target)
      findings.push({located, target})
    }
  }
  return findings.sort((a, b) => a.target.pair - b.target.pair || a.target.start - b.target.start).map((finding) => finding.located)
}

/** The Han strings of 2 to 4 characters (outside glossary terms) found in two pairs or more, longest first. */
function repeatedNames(pairs: readonly NamePair[]): Array<[string, Span[]]> {
  const found = new Map<string, Span[]>()
  pairs.forEach(({source}, pair) => {
    const inTerm = (offset: number): boolean => source.terms.some((term) => term.start <= offset && offset < term.end)
    for (const run of source.text.matchAll(/\p{Script=Han}{2,}/gu)) {
      for (let start = run.index; start < run.index + run[0].length; start++) {
        for (let length = 2; length <= 4 && start + length <= run.index + run[0].length; length++) {
          const end = start + length
          if (inTerm(start) || inTerm(end - 1)) continue
          const name = source.text.slice(start, end)
          const spans = found.get(name) ?? []
          spans.push({pair, start, end})
          found.set(name, spans)
        }
      }
    }
  })
  return [...found]
    .filter(([, spans]) => new Set(spans.map((span) => span.pair)).size >= 2)
    .sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1))
}

/** The keys a name's literal renderings have: its pinyin and, for a proper noun of the dictionary, its senses (the name is its simplified headword). */
function literalKeys(name: string, spans: readonly Span[], prepared: readonly Prepared[], dictionary: Dictionary): Set<string> {
  const [first] = spans
  const at = first ? prepared[first.pair] : undefined
  const keys = new Set<string>()
  if (!first || !at) return keys
  const syllables: string[] = []
  for (let offset = first.start; offset < first.end; offset++) {
    const syllable = at.syllables.get(offset)
    if (syllable !== undefined) syllables.push(syllable)
  }
  if (syllables.length === first.end - first.start) for (const key of pinyinKeys(syllables)) keys.add(key)
  for (const entry of dictionary.entries(name) ?? []) {
    if (/^\p{Lu}/u.test(entry.pinyin)) for (const key of senseNames(entry.senses)) keys.add(key)
  }
  return keys
}

/** A finding with the target span it marks. */
interface Placed {
  located: LocatedFinding
  target: Span
}

/** One pair's rendering of the name: the literal one, or the one run nothing else explains. */
interface Rendering {
  at: Prepared
  source: Span
  literal: boolean
  key: string
  text: string
  target: Span
}

/**
 * The renderings of a name in its pairs, and a finding for each that
 * differs from the first, literal against non-literal only.
 */
function renderingsOf(name: string, spans: readonly Span[], literal: ReadonlySet<string>, prepared: readonly Prepared[]): Placed[] {
  const inName = new Set(spans.map((span) => span.pair))
  const renderings: Rendering[] = []
  for (const pair of inName) {
    const at = prepared[pair]
    const source = spans.find((span) => span.pair === pair)
    if (!at || !source) continue
    const found = literalIn(at, literal)
    if (found) {
      renderings.push({at, source, literal: true, key: 'literal', text: textOf(at, found), target: spanOf(pair, found)})
      continue
    }
    if (at.pair.target.kind === 'heading' || shortReference(at, literal)) continue
    const other = unexplained(at, spans, pair, prepared, inName, literal)
    // Premier Li for Li Keqiang: what is left once the title is explained is a short reference; BWI for
    // Baltimore: an acronym may stand for anything near the name.
    const words = other ? other.run.slice(other.first, other.last + 1) : []
    if (other && !words.every((word) => partOfLiteral(word, literal)) && !/^\p{Lu}{2,6}$/u.test(textOf(at, other)))
      renderings.push({at, source, literal: false, key: keyOf(textOf(at, other)), text: textOf(at, other), target: spanOf(pair, other)})
  }
  const [reference] = renderings
  if (!reference || !renderings.some((rendering) => rendering.literal)) return []
  // Taiwanese for Taiwan, Chinese for China: a derived word is the same name.
  const derived = (a: string, b: string): boolean => a.startsWith(b.slice(0, -1)) || b.startsWith(a.slice(0, -1))
  return renderings
    .filter((rendering) => rendering.key !== reference.key && (rendering.literal || reference.literal))
    .filter((rendering) => !derived(keyOf(rendering.text), keyOf(reference.text)))
    .map((rendering) => placed(name, rendering, reference))
}

/** The finding at a rendering that differs from the first one. */
function placed(name: string, rendering: Rendering, reference: Rendering): Placed {
  const {at} = rendering
  const line = reference.at.pair.target.place(reference.target.start).line
  const located = makeFinding({
    rule: 'name-inconsistent',
    severity: 'warning',
    source: {block: at.pair.source, start: rendering.source.start, end: rendering.source.end},
    target: {block: at.pair.target, start: rendering.target.start, end: rendering.target.end},
    message: `${quote(name)} is rendered ${quote(rendering.text)} here but ${quote(reference.text)} at line ${line}: use one rendering throughout, or add ${quote(name)} to the glossary with its rendering`
  })
  return {located, target: rendering.target}
}

/** The part of a run of the translated block that is a literal rendering of the name. */
function literalIn(at: Prepared, literal: ReadonlySet<string>): RunPart | undefined {
  let found = literalParts.get(literal)
  if (!found) {
    found = new Map()
    literalParts.set(literal, found)
  }
  if (found.has(at)) return found.get(at)
  let part: RunPart | undefined
  for (const [index, run] of at.runs.entries()) {
    const match = at.parts[index]?.find((candidate) => literal.has(candidate.key))
    if (!match) continue
    part = {run, first: match.first, last: match.last}
    break
  }
  found.set(at, part)
  return part
}

/** Where each pair renders a name literally, by the name's literal keys: asked again for every candidate of every pair of the name. */
const literalParts = new WeakMap<ReadonlySet<string>, Map<Prepared, RunPart | undefined>>()

/** Whether the block names the name short, by a part of a literal rendering alone (Huang for Huang Renxun). */
function shortReference(at: Prepared, literal: ReadonlySet<string>): boolean {
  return at.runs.some((run) => run.every((word) => partOfLiteral(word, literal)))
}

/** Whether a word begins or ends a literal rendering (Huang, Renxun). */
function partOfLiteral(word: RunWord, literal: ReadonlySet<string>): boolean {
  return word.key.length >= 2 && [...literal].some((key) => key.startsWith(word.key) || key.endsWith(word.key))
}

/**
 * The one run of capitalised words of a translated block that the rest of
 * its source does not account for and the translation writes only where
 * the name is, or nothing when there is none or more than one.
 */
function unexplained(
  at: Prepared,
  spans: readonly Span[],
  pair: number,
  prepared: readonly Prepared[],
  inName: ReadonlySet<number>,
  literal: ReadonlySet<string>
): RunPart | undefined {
  const mine = spans.filter((span) => span.pair === pair)
  const outside = (start: number, end: number): boolean => !mine.some((span) => span.start < end && start < span.end)
  const candidates = unexplainedParts(at, outside)
  const kept = candidates.filter((candidate) => {
    const key = keyOf(textOf(at, candidate))
    return prepared.every((other, index) => (inName.has(index) && !literalIn(other, literal)) || !other.keys.has(key))
  })
  if (kept.length === 1) return kept[0]
  // Among several, the one spelled nearly as the name's pinyin (Wang Wen-pin for Wang Wenbin): another romanisation of it.
  const near = kept.filter((candidate) => nearLiteral(keyOf(textOf(at, candidate)), literal))
  return near.length === 1 ? near[0] : undefined
}

/**
 * Whether a key is a few letters from a literal rendering's: at most one
 * edit in three letters (Chien-hua for Jianhua), and at least one letter different.
 *
 * @param key the candidate's key.
 * @param literal the literal renderings' keys.
 * @returns whether it is near one of them.
 */
function nearLiteral(key: string, literal: ReadonlySet<string>): boolean {
  return [...literal].some((other) => {
    const distance = editDistance(key, other)
    return distance > 0 && distance <= Math.floor(Math.max(key.length, other.length) / 3)
  })
}

/** Levenshtein distance between two short keys. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** A run's part as a span of its pair. */
function spanOf(pair: number, part: RunPart): Span {
  return {pair, start: part.run[part.first]?.start ?? 0, end: part.run[part.last]?.end ?? 0}
}
