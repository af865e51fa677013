/**
 * Front-matter values as the pages show them: one rule for every output.
 */

/**
 * A front-matter value as text: a non-empty string as written, a number or a
 * date as written in YAML (`title: 2024`), anything else (a list, a map, an
 * empty string) not at all.
 *
 * @param value the value.
 * @returns the text, or undefined.
 */
export function matterText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  return undefined
}

/**
 * The title of an article's page.
 *
 * @param matter the article's front matter.
 * @param untitled what to call an article without a usable title.
 * @returns the title.
 */
export function titleOf(matter: Readonly<Record<string, unknown>>, untitled: string): string {
  return matterText(matter['title']) ?? untitled
}
