/**
 * The JSON Schema of the configuration (`zhgloss.config.json`, or the
 * `zhgloss` key of package.json), compiled into a validator when zhgloss is
 * built (scripts/compile-validators.ts). Every setting is a flag's default;
 * a flag given on the command line wins.
 */

const stringList = {type: 'array', items: {type: 'string', minLength: 1}}
const ruleLevel = {enum: ['off', 'warning', 'error']}

/** Schema of the configuration. */
export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {type: 'string'},
    articles: stringList,
    ignore: stringList,
    glossary: {type: 'string', minLength: 1},
    out: {type: 'string', minLength: 1},
    lang: {type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$'},
    ui: {enum: ['en', 'zh']},
    fallback: {type: 'boolean'},
    encoding: {enum: ['utf-8', 'gb18030', 'big5']},
    format: {type: 'string', minLength: 1},
    pdf: {type: 'boolean'},
    density: {enum: ['first', 'all']},
    pinyin: {enum: ['terms', 'all', 'none']},
    bilingual: {type: 'boolean'},
    paper: {enum: ['a4', 'letter']},
    'line-numbers': {type: 'boolean'},
    strict: {type: 'boolean'},
    clean: {type: 'boolean'},
    jobs: {type: 'integer', minimum: 1},
    rules: {type: 'object', additionalProperties: ruleLevel}
  }
} as const

/** Rule levels: `off` silences a rule, `warning` and `error` set its severity. */
export type RuleLevel = 'off' | 'warning' | 'error'

/** The configuration, as validated. */
export interface Config {
  articles?: string[]
  ignore?: string[]
  glossary?: string
  out?: string
  lang?: string
  ui?: 'en' | 'zh'
  fallback?: boolean
  encoding?: 'utf-8' | 'gb18030' | 'big5'
  format?: string
  pdf?: boolean
  density?: 'first' | 'all'
  pinyin?: 'terms' | 'all' | 'none'
  bilingual?: boolean
  paper?: 'a4' | 'letter'
  /** Number every fifth printed line of the handout. */
  'line-numbers'?: boolean
  strict?: boolean
  clean?: boolean
  jobs?: number
  /** Lint and check rules by id: off, warning or error. */
  rules?: Record<string, RuleLevel>
}
