/**
 * `glossaryFromI18n`: the glossary out of an i18next instance the user
 * already has, with the glossary loaded as the `terms` namespace of `zh`
 * and of each gloss language. Nothing is copied into a second instance: the
 * glosses are read through the user's own instance.
 */
import type {i18n as I18n} from 'i18next'
import {ZhglossError, type Problem} from '../core/problem.js'
import {createGlossary, namespace, type Glossary} from './create.js'
import {validateResource} from './schema.js'
import type {GlossaryResources, ZhEntryResource} from './types.js'
import {isRecord} from '../core/records.js'

/** The name the `zh` resource goes by in messages. */
const zhFile = `zh/${namespace}.json`

/**
 * Make a glossary from an i18next instance holding the `terms` namespace.
 *
 * The instance should have `fallbackLng: 'en'` (or a list ending in `en`), so
 * that a gloss language without an entry falls back to English as on disk.
 *
 * @param i18n an initialized i18next instance (from `createInstance()`).
 * @returns the glossary, reading glosses through that instance.
 * @throws ZhglossError when the instance has no `zh` `terms` resources, or they are invalid.
 */
export function glossaryFromI18n(i18n: I18n): Glossary {
  const resources = resourcesOf(i18n)
  return createGlossary(resources, {i18n})
}

/**
 * The `terms` resources of every language in an instance's store.
 *
 * @param i18n the instance.
 * @returns resources shaped like the glossary folder.
 * @throws ZhglossError when `zh` has no `terms` namespace.
 */
function resourcesOf(i18n: I18n): GlossaryResources {
  const data = i18n.store?.data ?? {}
  const zh = data['zh']?.[namespace]
  const problems: Problem[] = []
  if (zh === undefined) {
    throw new ZhglossError([
      {
        file: zhFile,
        message: `the i18next instance has no "${namespace}" namespace for "zh"; add the Chinese forms with i18n.addResourceBundle('zh', '${namespace}', forms)`,
        rule: 'glossary-missing',
        severity: 'error'
      }
    ])
  }
  if (!isZhTerms(zh, problems)) throw new ZhglossError(problems)
  const resources: GlossaryResources = {zh: {terms: zh}}
  for (const [lang, namespaces] of Object.entries(data)) {
    const terms = namespaces[namespace]
    if (lang !== 'zh' && isRecord(terms)) resources[lang] = {terms}
  }
  return resources
}

/**
 * Whether the `zh` resource has the shape of `zh/terms.json`; its problems are collected.
 *
 * @param terms the resource.
 * @param problems where to put schema problems.
 * @returns true when it is valid.
 */
function isZhTerms(terms: unknown, problems: Problem[]): terms is Record<string, ZhEntryResource> {
  problems.push(...validateResource('zh', terms, zhFile))
  return problems.length === 0
}
