/**
 * The Chinese foldings as pairs of characters (`openccFoldPairs`). This
 * module computes them from OpenCC when run from source (tests); the build
 * replaces its compiled form in `lib/` with the computed string, so the
 * published code never imports OpenCC.
 */
import {openccFoldPairs} from './fold-source.js'

/** Character, then what it folds to, for every Chinese character that folds. */
export const foldPairs: string = openccFoldPairs()
