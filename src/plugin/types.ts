/**
 * The nodes and data `remarkGloss` adds to a tree and its file.
 */
import type {Parent, Text} from 'mdast'
import type {} from 'vfile'

/** A glossary match in the tree. */
export interface GlossTerm extends Parent {
  type: 'glossTerm'
  /** The entry id. */
  id: string
  /** The model number after a series name (`910C`), if any. */
  model?: string
  children: [Text]
}

declare module 'mdast' {
  interface PhrasingContentMap {
    glossTerm: GlossTerm
  }
  interface RootContentMap {
    glossTerm: GlossTerm
  }
}

/** One occurrence of a term, as written, with its place in the file. */
export interface Occurrence {
  id: string
  /** The text as written in the article. */
  text: string
  /** The model number, for a series match. */
  model?: string
  /** 1-based line in the file. */
  line: number
  /** 1-based column, in characters. */
  column: number
  /** UTF-16 offset in the file. */
  offset: number
}

/** What the plugin leaves in `file.data.gloss`. */
export interface GlossData {
  /** Every occurrence, in document order. */
  occurrences: Occurrence[]
}

declare module 'vfile' {
  interface DataMap {
    gloss: GlossData
  }
}
