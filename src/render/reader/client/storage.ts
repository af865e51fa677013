/**
 * The reader's settings, kept in localStorage when it is there. A browser
 * without storage (or refusing it) still works: the choice holds for the visit.
 */

const storageKey = 'zhgloss:reader'

/**
 * The stored settings.
 *
 * @returns setting name → value; empty when nothing is stored or storage is refused.
 */
export function readSettings(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey) ?? '{}')
    return typeof parsed === 'object' && parsed !== null
      ? Object.fromEntries(Object.entries(parsed).filter((pair): pair is [string, string] => typeof pair[1] === 'string'))
      : {}
  } catch {
    return {}
  }
}

/**
 * Store the settings.
 *
 * @param settings setting name → value.
 */
export function writeSettings(settings: Record<string, string>): void {
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(settings))
  } catch {
    // Storage may be full or forbidden (private windows, file: pages in some browsers): the choice still holds for this visit.
  }
}
