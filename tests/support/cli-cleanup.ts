/**
 * Vitest setup file: after each test file, remove the temporary folders its
 * tests made with `temporaryFolder` or `tempProject`.
 */
import {afterAll} from 'vitest'
import {removeTemporaryFolders} from './cli-project.js'

afterAll(removeTemporaryFolders)
