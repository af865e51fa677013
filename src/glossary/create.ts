/**
 * The glossary model: entries from the `zh` resources, glosses by language
 * through an i18next instance, and the matcher built on first use.
 */
import type {i18n as I18n} from 'i18next'
import {createMatcher, fold, type Matcher} from '../matcher/index.js'
import {ZhglossError, type Problem} from '../core/problem.js'
import {validateResource} from './schema.js'
import type {Entry, Gloss, GlossaryResources, PartOfSpeech, ZhEntryResource} from './types.js'
import {isRecord} from '../core/records.js'
import {matchingProblems} from './matching-checks.js'
import {askI18n, baseLanguage, createI18n, readGloss, readResources} from './gloss-reading.js'

export {baseLanguage, namespace} from './gloss-reading.js'

/** A loaded, validated glossary. */
export interface Glossary {
  /** Entries in file order. */
  readonly entries: readonly Entry[]
  /** Gloss languages present (`en` first). */
  readonly languages: readonly string[]
  /** The i18next instance holding the resources. */
  readonly i18n: I18n
  /** The matcher for every form of every entry, built on first use. */
  readonly matcher: Matcher
  /**
   * Look up an entry.
   *
   * @param id the entry id.
   * @returns the entry, or undefined.
   */
  entry(id: string): Entry | undefined
  /**
   * The gloss of an entry in a language, falling back to `en` field by field.
   *
   * @param id the entry id.
   * @param lang the gloss language. (default: `'en'`)
   * @returns the gloss, or undefined for an unknown id.
   */
  gloss(id: string, lang?: string): Gloss | undefined
}

/** Options of `createGlossary`. */
export interface CreateGlossaryOptions {
  /**
   * An i18next instance that already holds the glossary in the `terms`
   * namespace; used instead of a new one. (default: a new instance from `createInstance()`)
   */
  i18n?: I18n
  /** Names of the files, for messages: `LNG` becomes the language. (default: `'LNG/terms.json'`) */
  fileName?: (lang: string) => string
}

/**
 * Make a glossary from resources shaped like the glossary folder.
 *
 * @param resources `{zh: {terms: {...}}, en: {terms: {...}}, ...}`.
 * @param options an existing i18next instance, file names for messages.
 * @returns the glossary.
 * @throws ZhglossError listing every problem found.
 */
export function createGlossary(resources: GlossaryResources, options: CreateGlossaryOptions = {}): Glossary {
  const fileName = options.fileName ?? ((lang: string) => `${lang}/terms.json`)
  const problems = validateResources(resources, fileName)
  if (problems.length > 0) throw new ZhglossError(problems)
  const entries = Object.entries(resources.zh.terms).map(([id, resource]) => toEntry(id, resource))
  const byId = new Map(entries.map((entry) => [entry.id, entry]))
  const languages = glossLanguages(resources)
  const i18n = options.i18n ?? createI18n(resources)
  // Our own instance's options are known, so its resources can be read directly; a caller's instance is asked through t().
  const lookup = options.i18n ? askI18n(i18n) : readResources(i18n)
  const glossCache = new Map<string, Gloss | undefined>()
  let matcher: Matcher | undefined

  return {
    entries,
    languages,
    i18n,
    get matcher() {
      matcher ??= createMatcher(entries)
      return matcher
    },
    entry: (id) => byId.get(id),
    gloss(id, lang = baseLanguage) {
      const key = `${lang}\u0000${id}`
      if (!glossCache.has(key)) glossCache.set(key, byId.has(id) ? readGloss(i18n, lookup, id, lang) : undefined)
      return glossCache.get(key)
    }
  }
}

/**
 * Every problem with a set of resources: schema errors per file, ids that
 * do not agree across files, forms claimed twice, missing pinyin.
 *
 * @param resources the resources.
 * @param fileName names files for messages.
 * @returns the problems (empty when the glossary is usable).
 */
export function validateResources(resources: GlossaryResources, fileName: (lang: string) => string): Problem[] {
  const zhFile = fileName('zh')
  if (!isRecord(resources) || !isRecord(resources.zh) || !isRecord(resources.zh.terms)) {
    return [
      {
        file: zhFile,
        message: 'the glossary has no Chinese forms file; create zh/terms.json (see glossary/README.md)',
        rule: 'glossary-missing',
        severity: 'error'
      }
    ]
  }
  const problems = validateResource('zh', resources.zh.terms, zhFile)
  const languages = glossLanguages(resources)
  if (!languages.includes(baseLanguage)) {
    problems.push({
      file: fileName(baseLanguage),
      message: 'the glossary has no English file; every entry needs an English gloss in en/terms.json',
      rule: 'glossary-missing',
      severity: 'error'
    })
  }
  for (const lang of languages) {
    const terms = resources[lang]?.terms
    problems.push(...validateResource('gloss', terms, fileName(lang)))
  }
  if (problems.length > 0) return problems
  return [...checkIds(resources, languages, fileName), ...checkEntries(resources.zh.terms, zhFile)]
}

/** Ids in a gloss file must be entries; every entry needs an English gloss. */
function checkIds(resources: GlossaryResources, languages: readonly string[], fileName: (lang: string) => string): Problem[] {
  const problems: Problem[] = []
  const ids = new Set(Object.keys(resources.zh.terms))
  for (const lang of languages) {
    const glossed = Object.keys(resources[lang]?.terms ?? {})
    for (const id of glossed) {
      if (!ids.has(id))
        problems.push({
          file: fileName(lang),
          entry: id,
          message: `entry "${id}" is not in zh/terms.json; add its forms there or remove it here`,
          rule: 'entry-unknown',
          severity: 'error'
        })
    }
    if (lang === baseLanguage) {
      const present = new Set(glossed)
      for (const id of ids) {
        if (!present.has(id))
          problems.push({
            file: fileName(lang),
            entry: id,
            message: `entry "${id}" has no English gloss; add it to en/terms.json (English is the fallback of every language)`,
            rule: 'gloss-missing',
            severity: 'error'
          })
      }
    }
  }
  return problems
}

/** Per-entry rules the schema cannot say. */
function checkEntries(terms: Record<string, ZhEntryResource>, file: string): Problem[] {
  const problems: Problem[] = []
  const owner = new Map<string, {id: string; form: string}>()
  for (const [id, entry] of Object.entries(terms)) {
    const problem = (message: string, rule: string): void => {
      problems.push({file, entry: id, message: `entry "${id}": ${message}`, rule, severity: 'error'})
    }
    for (const form of entry.forms) {
      if ([...form.trim()].length < 2)
        problem(
          `the form "${form}" is a single character, which would match far too much text; use the word it is part of`,
          'form-too-short'
        )
      const folded = fold(form.trim())
      const previous = owner.get(folded)
      if (previous && previous.id !== id) {
        problem(
          `the form "${form}" is also a form of entry "${previous.id}" ("${previous.form}"); a form may belong to one entry only, so remove it from one of them`,
          'form-duplicate'
        )
      } else if (!previous) owner.set(folded, {id, form})
    }
    if (entry.forms.some(hasHan) && entry.pinyin === undefined)
      problem('has Chinese forms but no "pinyin"; add the pinyin of its first form written in Chinese characters', 'pinyin-missing')
    for (const written of Object.keys(entry.readings ?? {})) {
      if (!entry.forms.includes(written))
        problem(`"readings" names "${written}", which is not one of its forms; add it to "forms" or fix the spelling`, 'reading-unknown')
    }
    for (const message of matchingProblems(entry, terms)) problem(message, 'entry-matching')
  }
  return problems
}

/** One empty list for every entry without model or sense fields: a glossary of 100,000 entries need not hold 400,000. */
const noWords: readonly string[] = Object.freeze([])

function toEntry(id: string, resource: ZhEntryResource): Entry {
  const forms = resource.forms.map((form) => form.trim())
  return {
    id,
    forms,
    preferred: forms[0] ?? id,
    pinyin: resource.pinyin,
    readings: resource.readings ?? {},
    category: resource.category,
    partOfSpeech: resource.partOfSpeech ?? defaultPartOfSpeech(resource),
    models: resource.models ?? false,
    boundary: resource.boundary ?? 'segment',
    modelPattern: resource.modelPattern,
    modelsAfter: resource.modelsAfter ?? noWords,
    notInside: resource.notInside ?? noWords,
    onlyWith: resource.onlyWith ?? noWords,
    notWith: resource.notWith ?? noWords
  }
}

function defaultPartOfSpeech(resource: ZhEntryResource): PartOfSpeech {
  return ['company', 'person', 'organization', 'media', 'product'].includes(resource.category) ? 'properNoun' : 'noun'
}

function glossLanguages(resources: GlossaryResources): string[] {
  const others = Object.keys(resources)
    .filter((lang) => lang !== 'zh' && lang !== baseLanguage)
    .sort()
  return Object.hasOwn(resources, baseLanguage) ? [baseLanguage, ...others] : others
}

/**
 * Whether a string has a Han character.
 *
 * @param text any text.
 * @returns true when it has one.
 */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text)
}
