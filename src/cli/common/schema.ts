/**
 * The command line, declared: commands, their arguments and flags. This list
 * drives both parsing and `--help`.
 */

/** One flag. */
export interface FlagSpec {
  /** Long name, without dashes. */
  name: string
  /** One-letter alias. */
  short?: string
  /** `string` takes a value; `boolean` does not. */
  type: 'string' | 'boolean'
  /** The value's placeholder in help (`DIR`). */
  value?: string
  /** Allowed values. */
  choices?: readonly string[]
  /** Default value, shown in help. */
  default?: string | boolean
  /** May be given more than once; the values make a list. */
  multiple?: boolean
  description: string
}

/** One command. */
export interface CommandSpec {
  /** Name, with sub-command (`glossary export`). */
  name: string
  /** Positional arguments in help (`[ARTICLE.md ...]`). */
  usage: string
  summary: string
  flags: readonly FlagSpec[]
  /** Least and most positional arguments. */
  positionals: {min: number; max: number}
  /** Example command lines shown in help. */
  examples?: readonly string[]
}

const glossaryFlag: FlagSpec = {
  name: 'glossary',
  type: 'string',
  value: 'DIR',
  default: 'glossary',
  description: 'glossary folder (LNG/terms.json files)'
}
const helpFlag: FlagSpec = {name: 'help', short: 'h', type: 'boolean', description: 'show this help'}
const langFlag: FlagSpec = {name: 'lang', type: 'string', value: 'LNG', default: 'en', description: 'gloss language'}
const uiFlag: FlagSpec = {
  name: 'ui',
  type: 'string',
  value: 'LNG',
  choices: ['en', 'zh'],
  default: 'en',
  description: 'language of headings, labels and controls'
}
const encodingFlag: FlagSpec = {
  name: 'encoding',
  type: 'string',
  value: 'NAME',
  choices: ['utf-8', 'gb18030', 'big5'],
  default: 'utf-8',
  description: 'encoding of the articles'
}
const fallbackFlag: FlagSpec = {
  name: 'fallback',
  type: 'boolean',
  description: 'allow a --lang the glossary lacks: glosses fall back to English'
}
const quietFlag: FlagSpec = {name: 'quiet', short: 'q', type: 'boolean', description: 'print errors only'}

/** Every command. */
export const commands: readonly CommandSpec[] = [
  {
    name: 'build',
    usage: '[ARTICLE.md ... | -]',
    summary: 'annotate articles: reader, handout, report and vocabulary for each, and an index',
    positionals: {min: 0, max: Number.POSITIVE_INFINITY},
    examples: [
      'zhgloss build                                   # every article in articles/ into dist/',
      'zhgloss build articles/h200-exports.md --format reader,handout',
      'cat a.md | zhgloss build - --format reader --out - > a.html',
      'zhgloss build --watch                           # rebuild what changes'
    ],
    flags: [
      glossaryFlag,
      {
        name: 'out',
        short: 'o',
        type: 'string',
        value: 'DIR',
        default: 'dist',
        description: 'output folder, or - to write the one output selected to standard output'
      },
      langFlag,
      uiFlag,
      {
        name: 'format',
        type: 'string',
        value: 'LIST',
        default: 'reader,handout,report,vocabulary',
        description: 'outputs to write (comma list of reader, handout, report, vocabulary)'
      },
      {name: 'pdf', type: 'boolean', description: 'also print handout.pdf with Chromium'},
      {
        name: 'density',
        type: 'string',
        value: 'WHICH',
        choices: ['first', 'all'],
        default: 'first',
        description: 'handout: mark the first occurrence of each term, or all'
      },
      {
        name: 'pinyin',
        type: 'string',
        value: 'WHERE',
        choices: ['terms', 'all', 'none'],
        default: 'terms',
        description: 'handout: pinyin over marked terms, over all Chinese text, or none'
      },
      {name: 'bilingual', type: 'boolean', description: 'handout: print the translation (NAME.LNG.md) after each block'},
      {
        name: 'paper',
        type: 'string',
        value: 'SIZE',
        choices: ['a4', 'letter'],
        default: 'a4',
        description: 'handout: paper size of the print style and the PDF'
      },
      {name: 'forms', type: 'boolean', description: 'handout: print the other forms of each term in the glossary'},
      {
        name: 'notes',
        type: 'string',
        value: 'LENGTH',
        choices: ['short', 'long'],
        default: 'short',
        description: 'handout: first sentence of each note, or all'
      },
      {name: 'numbers', type: 'boolean', description: 'handout: number the paragraphs in the margin'},
      {name: 'line-numbers', type: 'boolean', description: 'handout: number every fifth printed line in the margin'},
      {
        name: 'name-line',
        type: 'string',
        value: 'ON',
        choices: ['on', 'off'],
        default: 'on',
        description: 'handout: a line for name and date'
      },
      {name: 'exercises', type: 'boolean', description: 'handout: exercises from the glossary, answers on their own page'},
      {
        name: 'region',
        type: 'string',
        value: 'REGION',
        choices: ['cn', 'tw', 'hk'],
        description: "handout: the article's region (script and fonts), else front matter or the text"
      },
      {
        name: 'watch',
        short: 'w',
        type: 'boolean',
        description: 'build, then build again what changes in the articles, translations or glossary'
      },
      encodingFlag,
      quietFlag,
      {
        name: 'ignore',
        type: 'string',
        value: 'GLOB',
        multiple: true,
        description: 'leave out the files this glob matches (repeatable; relative to the working folder)'
      },
      {name: 'clean', type: 'boolean', description: 'remove the outputs (and index lines) of articles that no longer exist'},
      {name: 'strict', type: 'boolean', description: 'exit 1 when a translation check finds an error'},
      fallbackFlag,
      {name: 'jobs', short: 'j', type: 'string', value: 'N', description: 'build on N threads (default: one per core)'},
      {
        name: 'shard',
        type: 'string',
        value: 'I/N',
        description: 'build only the I-th of N equal shares of the articles (for splitting a corpus across machines)'
      },
      helpFlag
    ]
  },
  {
    name: 'check',
    usage: 'SOURCE.md | -',
    summary: 'terminology report of an article and, with a translation, the bilingual checks',
    positionals: {min: 1, max: 1},
    flags: [
      glossaryFlag,
      {name: 'translation', short: 't', type: 'string', value: 'TARGET.md', description: 'translation to check against the glossary'},
      {
        name: 'format',
        short: 'f',
        type: 'string',
        value: 'FORMAT',
        choices: ['text', 'json', 'html', 'tsv', 'csv', 'sarif'],
        default: 'text',
        description: 'report format'
      },
      {name: 'out', short: 'o', type: 'string', value: 'FILE', description: 'write the report to FILE instead of standard output'},
      {name: 'strict', type: 'boolean', description: 'exit 1 on any finding, not only errors'},
      {
        name: 'rule',
        type: 'string',
        value: 'RULE=LEVEL',
        description: 'set rules to off, warning or error (comma list: term-missing=warning,alignment=off)'
      },
      langFlag,
      encodingFlag,
      fallbackFlag,
      helpFlag
    ]
  },
  {
    name: 'glossary export',
    usage: '',
    summary: 'write the glossary as CSV or TBX',
    positionals: {min: 0, max: 0},
    flags: [
      glossaryFlag,
      {name: 'to', type: 'string', value: 'FORMAT', choices: ['csv', 'tbx'], description: 'exchange format (required)'},
      {name: 'out', short: 'o', type: 'string', value: 'FILE', description: 'write to FILE instead of standard output'},
      helpFlag
    ]
  },
  {
    name: 'glossary import',
    usage: 'FILE',
    summary: 'replace the glossary files with the content of a CSV or TBX file',
    positionals: {min: 1, max: 1},
    flags: [
      glossaryFlag,
      {name: 'from', type: 'string', value: 'FORMAT', choices: ['csv', 'tbx'], description: 'exchange format (required)'},
      helpFlag
    ]
  },
  {
    name: 'glossary lint',
    usage: '[ARTICLE.md ... | -]',
    summary: 'check the glossary, and with articles, its use in them',
    positionals: {min: 0, max: Number.POSITIVE_INFINITY},
    flags: [
      glossaryFlag,
      encodingFlag,
      {name: 'ignore', type: 'string', value: 'GLOB', multiple: true, description: 'leave out the articles this glob matches (repeatable)'},
      helpFlag
    ]
  },
  {
    name: 'glossary suggest',
    usage: 'ARTICLE.md ... | FOLDER',
    summary: 'propose entries the glossary lacks, as CSV for glossary import',
    positionals: {min: 1, max: Number.POSITIVE_INFINITY},
    flags: [
      glossaryFlag,
      {name: 'out', short: 'o', type: 'string', value: 'FILE', description: 'write the CSV to FILE instead of standard output'},
      {name: 'new-only', type: 'boolean', description: 'write only the proposals, not the glossary with them'},
      {name: 'core', type: 'string', value: 'N', description: 'never propose the N most frequent words (default 5000)'},
      {name: 'min', type: 'string', value: 'N', description: 'propose words seen at least N times (default 2)'},
      {name: 'limit', type: 'string', value: 'N', description: 'propose at most N entries (default 50)'},
      encodingFlag,
      helpFlag
    ]
  }
]

/** Flags every command takes: how it reports its messages. */
export const commonFlags: readonly FlagSpec[] = [
  quietFlag,
  {
    name: 'messages',
    type: 'string',
    value: 'FORMAT',
    choices: ['text', 'json'],
    default: 'text',
    description: 'how to print errors and warnings: text lines, or one JSON report (as vfile-reporter-json) at the end'
  },
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    description: 'read settings from FILE (otherwise zhgloss.config.json, or the "zhgloss" key of package.json, if there)'
  },
  {name: 'color', type: 'boolean', description: 'colour the output even when it is not a terminal (as FORCE_COLOR)'},
  {name: 'no-color', type: 'boolean', description: 'never colour the output (as NO_COLOR)'}
]

/**
 * The flags a command takes: its own, then the common ones it does not list itself.
 *
 * @param command the command.
 * @returns the flags, in help order.
 */
export function flagsOf(command: CommandSpec): FlagSpec[] {
  return [...command.flags, ...commonFlags.filter((common) => !command.flags.some((own) => own.name === common.name))]
}

/** Flags of the tool itself. */
export const globalFlags: readonly FlagSpec[] = [helpFlag, {name: 'version', short: 'v', type: 'boolean', description: 'print the version'}]
