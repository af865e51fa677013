/**
 * What the benchmark measures: corpora and glossaries made on first use (so
 * that a case run alone in a child process holds only its own), and the
 * cases by name.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Root} from 'mdast'
import {createGlossary, type Glossary} from '../src/glossary/create.js'
import type {GlossaryResources} from '../src/glossary/types.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {makeCorpus} from './corpus.js'
import {withGeneratedEntries} from './generated.js'
import {type Timed, timeOnce} from './measure.js'
import {analyze, bare, formsRegExp, glossed, glossedWithHandlers, markWithGloss, markWithRegExp, parse} from './pipelines.js'

export const kilobyte = 1024
export const megabyte = 1024 * kilobyte

/** Sizes of the linearity series, and how much text each size's case processes in all. */
export const linearSizes = [5 * kilobyte, 50 * kilobyte, 500 * kilobyte, 2 * megabyte]
const linearTotal = 2 * megabyte

/** The size of the article the memory target names (a real article repeated). */
export const memoryBytes = 0.58 * megabyte

/** Everything the cases need, each made on first use. */
export interface Setup {
  corpus(bytes: number): string
  slice(): string
  project(): Glossary
  resources(): GlossaryResources
  scaled(count: number): {glossary: Glossary; pattern: RegExp; glossaryMs: number; matcherMs: number}
}

/**
 * Make a value once, on first use.
 *
 * @param make what makes it.
 * @returns a function giving the value.
 */
function once<T>(make: () => T): () => T {
  let made: {value: T} | undefined
  return () => {
    made ??= {value: make()}
    return made.value
  }
}

/**
 * The corpora and glossaries; the project glossary is loaded from disk as users load it.
 *
 * @param repo the repository folder.
 * @param regexBytes how much text the regular-expression comparison gets.
 * @returns the setup.
 */
export async function setUp(repo: string, regexBytes: number): Promise<Setup> {
  const project = await loadGlossary(join(repo, 'glossary'))
  void project.matcher
  const corpora = new Map<number, string>()
  const corpus = (bytes: number): string => {
    const known = corpora.get(bytes) ?? makeCorpus(join(repo, 'articles'), bytes)
    corpora.set(bytes, known)
    return known
  }
  const resources = once(() => readResources(repo))
  const made = new Map<number, {glossary: Glossary; pattern: RegExp; glossaryMs: number; matcherMs: number}>()
  const scaled = (count: number): {glossary: Glossary; pattern: RegExp; glossaryMs: number; matcherMs: number} => {
    const known = made.get(count)
    if (known) return known
    const built = timeOnce(() => createGlossary(withGeneratedEntries(resources(), count)))
    const matcher = timeOnce(() => built.value.matcher)
    const pattern = formsRegExp(built.value.entries.flatMap((entry) => entry.forms))
    const result = {glossary: built.value, pattern, glossaryMs: built.ms, matcherMs: matcher.ms}
    made.set(count, result)
    return result
  }
  const slice = once(() => corpus(megabyte).slice(0, corpus(megabyte).indexOf('\n\n', regexBytes)))
  return {corpus, slice, project: () => project, resources, scaled}
}

/** The project glossary's resources, read as they are on disk. */
function readResources(repo: string): GlossaryResources {
  const read = (lang: string): {terms: Record<string, never>} => ({
    terms: JSON.parse(readFileSync(join(repo, 'glossary', lang, 'terms.json'), 'utf8')) as Record<string, never>
  })
  return {zh: read('zh'), en: read('en')} as unknown as GlossaryResources
}

/**
 * Parse, untimed, then time only the marking of the tree.
 *
 * @param markdown the text.
 * @param mark what marks the tree.
 * @returns the time of the marking.
 */
function markOnly(markdown: string, mark: (tree: Root) => unknown): Timed {
  const tree = parse(markdown)
  return timeOnce(() => mark(tree))
}

/** Our three articles once each (19 KB of their 19.3): text the word segmenter's store has never seen. */
const articlesBytes = 19 * kilobyte
const uniqueRounds = 10

/** Mark the articles with a fresh glossary each round (made untimed), so that no answer of the segmenter is kept from before. */
function markUnique(setup: Setup, text: string): Timed {
  let ms = 0
  for (let round = 0; round < uniqueRounds; round++) {
    const glossary = createGlossary(setup.resources())
    void glossary.matcher
    ms += markOnly(text, (tree) => markWithGloss(tree, text, glossary)).ms
  }
  return {ms}
}

/**
 * Analyse the same `linearTotal` bytes of text, our articles repeated, cut into pieces of about `bytes` each at
 * paragraph breaks: every size does the same work on the same text, so that per-megabyte times differ only by size
 * (pieces repeated from the start of one article would hold another mix of tables, lists and terms).
 */
function analyzeRepeated(setup: Setup, bytes: number): void {
  for (const piece of piecesOf(setup.corpus(linearTotal), bytes)) analyze(piece, setup.project())
}

const pieces = new Map<number, string[]>()

/** A text cut into pieces of about `bytes` bytes of UTF-8, each ending at a paragraph break; kept per size. */
function piecesOf(text: string, bytes: number): string[] {
  const known = pieces.get(bytes)
  if (known) return known
  const characters = Math.max(1, Math.round((bytes * text.length) / Buffer.byteLength(text)))
  const cut: string[] = []
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n\n', start + characters)
    const stop = end === -1 ? text.length : end + 2
    cut.push(text.slice(start, stop))
    start = stop
  }
  pieces.set(bytes, cut)
  return cut
}

/**
 * The cases, by name; each builds what it needs before it is timed, on its first run.
 *
 * @param setup the corpora and glossaries.
 * @returns the cases.
 */
export function cases(setup: Setup): Record<string, () => unknown> {
  const {corpus, slice, project, scaled} = setup
  const one = (): string => corpus(megabyte)
  const linear = Object.fromEntries(linearSizes.map((bytes) => [`analyze ${bytes}`, () => analyzeRepeated(setup, bytes)]))
  const unique = (): string => setup.corpus(articlesBytes)
  return {
    'bare unique': () => {
      for (let round = 0; round < uniqueRounds; round++) bare(unique())
    },
    'mark unique': () => markUnique(setup, unique()),
    'bare 1MB': () => bare(one()),
    'gloss 1MB': () => glossed(one(), project()),
    'gloss+handlers 1MB': () => glossedWithHandlers(one(), project()),
    'gloss+100k 1MB': () => glossed(one(), scaled(100_000).glossary),
    'mark 1MB': () => markOnly(one(), (tree) => markWithGloss(tree, one(), project())),
    'ours 10k': () => markOnly(slice(), (tree) => markWithGloss(tree, slice(), scaled(10_000).glossary)),
    'regex 10k': () => markOnly(slice(), (tree) => markWithRegExp(tree, scaled(10_000).pattern)),
    'ours 100k': () => markOnly(slice(), (tree) => markWithGloss(tree, slice(), scaled(100_000).glossary)),
    'regex 100k': () => markOnly(slice(), (tree) => markWithRegExp(tree, scaled(100_000).pattern)),
    'analyze 0.58MB': () => analyze(corpus(memoryBytes), project()),
    ...linear
  }
}
