/**
 * What a reviewer does with findings: every finding gets a stable id (the
 * same inputs give the same id, and an edit elsewhere in the file leaves it
 * alone), rules can be turned off or given another severity, and findings
 * can be ignored by id, rule, entry or text, from a project's settings or
 * from `<!-- zhgloss-ignore … -->` comments in the Markdown.
 */
import type {Severity} from '../core/problem.js'
import type {LocatedFinding} from './rules/located.js'

/** A rule's severity as a reviewer sets it. */
export type RuleSetting = Severity | 'off'

/** One entry of an ignore list: every field given must agree. */
export interface IgnoreEntry {
  /** A finding's id, as `check --format json` prints it. */
  id?: string
  /** A rule name (`number-mismatch`). */
  rule?: string
  /** An entry id (`mfa`). */
  term?: string
  /** A regular expression matched against the finding's message and the words it is about. */
  text?: string
}

/** How findings are kept, changed or dropped. */
export interface SuppressOptions {
  /** Severity by rule name, or `off`. (default: each rule's own) */
  rules?: Readonly<Record<string, RuleSetting>>
  /** Findings to leave out. (default: none) */
  ignore?: readonly IgnoreEntry[]
}

/** One inline comment: the rules it names (none: all) and the lines it covers. */
interface InlineIgnore {
  rules: readonly string[]
  from: number
  to: number
}

/**
 * Give each finding its id, then apply rule settings, the ignore list and
 * the inline comments of both files.
 *
 * @param findings the findings in document order.
 * @param options the rule settings and ignore list.
 * @param markdown the source's and the translation's Markdown, for inline comments.
 * @returns the findings kept, each with its id.
 */
export function suppress(
  findings: readonly LocatedFinding[],
  options: SuppressOptions,
  markdown: {source: string; target?: string}
): LocatedFinding[] {
  const sourceComments = inlineIgnores(markdown.source)
  const targetComments = markdown.target === undefined ? [] : inlineIgnores(markdown.target)
  const seen = new Map<string, number>()
  const kept: LocatedFinding[] = []
  for (const located of findings) {
    const base = signature(located)
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    const id = `${located.finding.rule}-${hash(`${base}\u0000${count}`)}`
    const setting = options.rules?.[located.finding.rule]
    if (setting === 'off') continue
    const finding = {...located.finding, id, ...(setting ? {severity: setting} : {})}
    const words = wordsOf(located)
    if ((options.ignore ?? []).some((entry) => ignores(entry, finding, words))) continue
    if (coveredBy(sourceComments, finding.rule, finding.source?.line) || coveredBy(targetComments, finding.rule, finding.target?.line))
      continue
    kept.push({...located, finding})
  }
  return kept
}

/** What identifies a finding whatever its line: its rule, entry, and the words it is about with their blocks. */
function signature(located: LocatedFinding): string {
  const {finding, source, target} = located
  const side = (range: LocatedFinding['source']): string =>
    range ? `${range.block.text.slice(range.start, range.end)}\u0001${range.block.text.slice(0, 80)}` : ''
  return [finding.rule, finding.term ?? '', side(source), side(target)].join('\u0000')
}

/** The words a finding is about, on both sides. */
function wordsOf(located: LocatedFinding): string {
  const side = (range: LocatedFinding['source']): string => (range ? range.block.text.slice(range.start, range.end) : '')
  return `${side(located.source)}\n${side(located.target)}`
}

/** Whether an ignore entry matches a finding. */
function ignores(entry: IgnoreEntry, finding: {id: string; rule: string; term?: string; message: string}, words: string): boolean {
  if (entry.id === undefined && entry.rule === undefined && entry.term === undefined && entry.text === undefined) return false
  if (entry.id !== undefined && entry.id !== finding.id) return false
  if (entry.rule !== undefined && entry.rule !== finding.rule) return false
  if (entry.term !== undefined && entry.term !== finding.term) return false
  if (entry.text !== undefined && !new RegExp(entry.text, 'u').test(`${finding.message}\n${words}`)) return false
  return true
}

/**
 * The `<!-- zhgloss-ignore [RULE …] -->` comments of a file: each covers its
 * own line and the block after it (up to the next blank line).
 */
export function inlineIgnores(markdown: string): InlineIgnore[] {
  const lines = markdown.split(/\r?\n/)
  const found: InlineIgnore[] = []
  lines.forEach((line, index) => {
    const match = /<!--\s*zhgloss-ignore\b([^>]*?)-->/.exec(line)
    if (!match) return
    let to = index + 1
    while (to < lines.length && (lines[to] ?? '').trim() === '') to++
    while (to + 1 < lines.length && (lines[to + 1] ?? '').trim() !== '') to++
    found.push({
      rules: (match[1] ?? '')
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean),
      from: index + 1,
      to: to + 1
    })
  })
  return found
}

/** Whether an inline comment covers a rule at a line. */
function coveredBy(comments: readonly InlineIgnore[], rule: string, line: number | undefined): boolean {
  if (line === undefined) return false
  return comments.some(
    (comment) => line >= comment.from && line <= comment.to && (comment.rules.length === 0 || comment.rules.includes(rule))
  )
}

/** A short stable hash (FNV-1a, 32 bits, in base 36): the same text always gives the same id. */
function hash(text: string): string {
  let value = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193) >>> 0
  }
  return value.toString(36).padStart(7, '0')
}

/**
 * Read `--rule NAME=off|warning|error` settings.
 *
 * @param settings the settings as written.
 * @returns the settings by rule, or a message naming the one that is wrong.
 */
export function parseRuleSettings(settings: readonly string[]): Record<string, RuleSetting> | string {
  const rules: Record<string, RuleSetting> = {}
  for (const setting of settings) {
    const match = /^([a-z][a-z-]*)=(off|warning|error)$/.exec(setting.trim())
    if (!match?.[1] || !match[2])
      return `--rule ${setting}: write NAME=off, NAME=warning or NAME=error (for example --rule term-missing=warning)`
    rules[match[1]] = match[2] as RuleSetting
  }
  return rules
}
