/**
 * `remarkMatter`: read the YAML front matter (title, author, date, source)
 * into `file.data.matter`. Bad YAML is a warning on the file, not a failure.
 */
import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {parse} from 'yaml'

/** The front matter fields zhgloss shows; others are kept as they are. */
export interface FrontMatter {
  /** The article's title. */
  title?: string
  /** Who wrote it. */
  author?: string
  /** When it was published (`YYYY-MM-DD` for YAML dates). */
  date?: string
  /** Where it comes from. */
  source?: string
  /** Any other field, as YAML gave it. */
  [key: string]: unknown
}

declare module 'vfile' {
  interface DataMap {
    matter: FrontMatter
  }
}

/**
 * Collect front matter into `file.data.matter`.
 *
 * @returns the transformer.
 */
export const remarkMatter: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const node = tree.children.find((child) => child.type === 'yaml')
  file.data.matter = node ? readYaml(node.value, file, node.position?.start.line ?? 1) : {}
}

function readYaml(value: string, file: VFile, line: number): FrontMatter {
  try {
    const data: unknown = parse(value)
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return {}
    const matter: FrontMatter = {}
    for (const [key, field] of Object.entries(data)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue
      matter[key] = field instanceof Date ? field.toISOString().slice(0, 10) : typeof field === 'object' ? field : String(field)
    }
    return matter
  } catch (error) {
    const message = file.message(
      `front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : 'unreadable'}); it is ignored`,
      {
        place: {line, column: 1},
        ruleId: 'front-matter',
        source: 'zhgloss'
      }
    )
    message.fatal = false
    return {}
  }
}
