/**
 * zhgloss: glossary → matcher → remark plugin → outputs. The browser entry
 * and, for Node, `loadGlossary` to read a glossary folder from disk.
 */
export * from './browser.js'
export {loadGlossary, type LoadGlossaryOptions} from './node/load-glossary.js'
