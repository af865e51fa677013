/**
 * UI strings (headings, labels, controls) come from i18next, one namespace per
 * output, in English and Chinese.
 */
import {createInstance, type TFunction} from 'i18next'

/** The interface languages. */
export const uiLanguages = ['en', 'zh'] as const

export type UiLanguage = (typeof uiLanguages)[number]

/** Strings of one output, by language: `{en: {key: 'text'}, zh: {...}}`. */
export type UiStrings = Record<UiLanguage, Record<string, string>>

/**
 * Make a translation function for one output's strings.
 *
 * @param namespace the output's name (`reader`, `handout`…).
 * @param strings its strings in every interface language.
 * @param lang the interface language. (default: `'en'`)
 * @returns an i18next `t` bound to the namespace; interpolation values are not escaped, since the serializer escapes.
 */
export function createTranslator(namespace: string, strings: UiStrings, lang: string = 'en'): TFunction {
  const i18n = createInstance()
  void i18n.init({
    lng: lang,
    fallbackLng: 'en',
    ns: [namespace],
    defaultNS: namespace,
    resources: {en: {[namespace]: strings.en}, zh: {[namespace]: strings.zh}},
    initAsync: false,
    interpolation: {escapeValue: false}
  })
  return i18n.getFixedT(lang, namespace)
}
