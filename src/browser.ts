/**
 * zhgloss for browsers and bundlers: everything but reading files. The
 * pipeline in order: glossary → matcher → remark plugin → outputs → checks.
 * Nothing here imports from Node.
 */
export {createGlossary, type CreateGlossaryOptions, type Glossary} from './glossary/create.js'
export {glossaryFromI18n} from './glossary/from-i18n.js'
export {readingOf, readPhrase} from './glossary/reading.js'
export type {Category, Entry, Gloss, GlossaryResources, GlossEntryResource, PartOfSpeech, ZhEntryResource} from './glossary/types.js'
export {createMatcher, fold, type Matcher, type MatcherEntry, type Span} from './matcher/index.js'
export {occurrenceApplies, type MatchOptions, type SenseRules} from './matcher/index.js'
export {createRenderingMatcher, type RenderingMatcher, type RenderingSpan, type RenderingStatus} from './glossary/renderings.js'
export {remarkGloss, type GlossData, type GlossTerm, type Occurrence, type RemarkGlossOptions} from './plugin/remark-gloss.js'
export {remarkMatter, type FrontMatter} from './plugin/front-matter.js'
export {glossHandlers, glossTermToHast} from './plugin/to-hast.js'
export {analyzeArticle, type AnalyzeOptions, type Article} from './article/analyze.js'
export {renderArticle, type RenderArticleOptions} from './render/render-article.js'
export {buildReport, type Finding, type Place, type Report, type TermReport} from './check/report.js'
export {formatProblem, ZhglossError, type Problem, type Severity} from './core/problem.js'
