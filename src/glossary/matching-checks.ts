/**
 * Checks of the fields that steer matching (model numbers, sense rules)
 * that the JSON schema cannot say.
 */
import {fold} from '../matcher/index.js'
import type {ZhEntryResource} from './types.js'

/**
 * What is wrong with an entry's model and sense fields, as messages.
 *
 * @param entry the entry.
 * @param terms every entry, by id (for `modelsAfter`).
 * @returns the messages, empty when all is well.
 */
export function matchingProblems(entry: ZhEntryResource, terms: Record<string, ZhEntryResource>): string[] {
  const messages: string[] = []
  if (entry.modelPattern !== undefined && !isRegExp(entry.modelPattern))
    messages.push(`"modelPattern" ${JSON.stringify(entry.modelPattern)} is not a regular expression; fix it (for example "[1-9]E?")`)
  if (entry.modelsAfter !== undefined && (entry.modelPattern === undefined || !entry.models))
    messages.push('"modelsAfter" needs "models": true and a "modelPattern", or every number after the maker would be taken for a model')
  for (const maker of entry.modelsAfter ?? []) {
    if (!Object.hasOwn(terms, maker))
      messages.push(`"modelsAfter" names "${maker}", which is not an entry; use the id of the maker's entry`)
  }
  const forms = entry.forms.map((form) => fold(form.trim()))
  for (const word of entry.notInside ?? []) {
    if (!forms.some((form) => fold(word).includes(form) && fold(word) !== form))
      messages.push(`"notInside" lists "${word}", which holds none of its forms; list longer words that contain a form`)
  }
  return messages
}

/** Whether a string compiles as a regular expression. */
function isRegExp(source: string): boolean {
  try {
    new RegExp(source)
    return true
  } catch {
    return false
  }
}
