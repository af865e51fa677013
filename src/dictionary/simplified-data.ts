/**
 * The characters that are simplified in their own right
 * (`openccSimplified`). This module computes them from OpenCC when run
 * from source (tests); the build replaces its compiled form in `lib/` with
 * the computed string.
 */
import {openccSimplified} from './simplified-source.js'

/** Every character that is a target of OpenCC's traditional → simplified table, each once. */
export const simplifiedCharacters: string = openccSimplified()
