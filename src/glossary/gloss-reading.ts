/**
 * Reading an entry's gloss field by field out of the glossary's i18next
 * instance, each field falling back to English on its own.
 */
import {createInstance, type i18n as I18n} from 'i18next'
import type {Gloss, GlossaryResources, GlossEntryResource} from './types.js'

/** The i18next namespace that holds the glossary. */
export const namespace = 'terms'

/** The language every entry must have, and the fallback of all others. */
export const baseLanguage = 'en'

/** Make the i18next instance the way its users know it: isolated, synchronous, `en` as fallback. */
export function createI18n(resources: GlossaryResources): I18n {
  const i18n = createInstance()
  void i18n.init({
    resources,
    lng: baseLanguage,
    fallbackLng: baseLanguage,
    ns: [namespace],
    defaultNS: namespace,
    initAsync: false,
    interpolation: {escapeValue: false}
  })
  return i18n
}

/** Read one field of an entry's gloss in a language, with i18next's fallback, or undefined. */
export type FieldLookup = (id: string, field: keyof GlossEntryResource, lang: string) => unknown

/** Ask an instance the caller configured, whatever its options (`exists`, then `t`). */
export function askI18n(i18n: I18n): FieldLookup {
  return (id, field, lang) =>
    i18n.exists(`${id}.${field}`, {lng: lang, ns: namespace})
      ? i18n.t(`${id}.${field}`, {lng: lang, ns: namespace, returnObjects: true, skipInterpolation: true})
      : undefined
}

/**
 * Read the resources of the instance `createI18n` made, in the order
 * i18next would (the language, its base language, then `en`), taking the
 * first value that is neither undefined nor null, as `t` does with its
 * default options: the same values at a fraction of the cost, which
 * counts when a glossary of thousands of entries is read for one article.
 */
export function readResources(i18n: I18n): FieldLookup {
  const orders = new Map<string, readonly string[]>()
  return (id, field, lang) => {
    let order = orders.get(lang)
    if (!order) {
      order = i18n.services.languageUtils.toResolveHierarchy(lang) as string[]
      orders.set(lang, order)
    }
    for (const code of order) {
      const value: unknown = i18n.getResource(code, namespace, `${id}.${field}`)
      if (value !== undefined && value !== null) return value
    }
    return undefined
  }
}

/**
 * Read one entry's gloss field by field, so a partial translation falls back per field.
 * Glossary text is data: `{{…}}` and `$t(…)` in it are kept as written, never interpolated.
 */
export function readGloss(i18n: I18n, lookup: FieldLookup, id: string, lang: string): Gloss | undefined {
  const read = (field: keyof GlossEntryResource): unknown => lookup(id, field, lang)
  const gloss = read('gloss')
  if (typeof gloss !== 'string') return undefined
  const own = i18n.getResource(lang, namespace, `${id}.gloss`) !== undefined
  return {
    gloss,
    note: stringOr(read('note'), ''),
    accepted: listOr(read('accepted')),
    forbidden: listOr(read('forbidden')),
    doNotTranslate: read('doNotTranslate') === true,
    ignoreCase: read('ignoreCase') === true,
    lang: own ? lang : baseLanguage
  }
}

/** A field read as text, or the fallback. */
function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback
}

/** A field read as a list of strings (anything else in it left out). */
function listOr(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}
