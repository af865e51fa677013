/**
 * How a form or rendering stands: the statuses of the CSV and the
 * administrative statuses of TBX, and which Chinese forms are variants.
 */
import {fold} from '../../matcher/index.js'

/** Statuses of a Chinese form in CSV. */
export const zhStatuses = ['preferred', 'admitted', 'variant'] as const

/** Statuses of a rendering in CSV. */
export const renderingStatuses = ['preferred', 'admitted', 'forbidden'] as const

/**
 * The status of a form: the first is preferred; one that folds to an
 * earlier form (a traditional spelling, another width or case) is a
 * variant; any other is admitted.
 *
 * @param forms the entry's forms.
 * @param index the form's position.
 * @returns its status.
 */
export function formStatus(forms: readonly string[], index: number): (typeof zhStatuses)[number] {
  if (index === 0) return 'preferred'
  const folded = fold(forms[index] ?? '')
  return forms.slice(0, index).some((form) => fold(form) === folded) ? 'variant' : 'admitted'
}

/**
 * The first form written in Chinese characters, which the entry's pinyin reads.
 *
 * @param forms the entry's forms.
 * @returns the form, or undefined.
 */
export function firstHanForm(forms: readonly string[]): string | undefined {
  return forms.find((form) => /\p{Script=Han}/u.test(form))
}
