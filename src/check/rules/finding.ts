/**
 * What a rule reports, in the shape `check --format json` prints.
 */
import type {Place, Severity} from '../../core/problem.js'

/** A finding of the bilingual checks. */
export interface Finding {
  /** A stable id: the same inputs give the same id, for ignore lists. */
  id?: string
  rule: string
  /** The segment of a bilingual file (XLIFF, TMX, table) the finding is in. */
  segment?: string
  severity: Severity
  /** The entry the finding is about, where there is one. */
  term?: string
  source?: Place
  target?: Place
  message: string
}
