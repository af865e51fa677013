/**
 * Parsing the command line is a pure function from argv to what to do.
 */
import {describe, expect, it} from 'vitest'
import {parseArgs} from '../src/cli/common/parse.js'

describe('parseArgs', () => {
  it('should ask for the tool help with no arguments, --help, -h or help', () => {
    for (const argv of [[], ['--help'], ['-h'], ['help'], ['glossary', '--help']])
      expect(parseArgs(argv)).toEqual({kind: 'help', command: undefined})
  })

  it('should ask for the version with --version or -v', () => {
    expect(parseArgs(['--version'])).toEqual({kind: 'version'})
    expect(parseArgs(['-v'])).toEqual({kind: 'version'})
  })

  it('should fill in the declared defaults of the flags not given', () => {
    const invocation = parseArgs(['build'])
    expect(invocation.kind).toBe('run')
    if (invocation.kind !== 'run') return
    expect(invocation.flags).toMatchObject({
      glossary: 'glossary',
      out: 'dist',
      lang: 'en',
      ui: 'en',
      format: 'reader,handout,report,vocabulary',
      encoding: 'utf-8'
    })
    expect(invocation.positionals).toEqual([])
  })

  it('should take `-` as an article and as the value of --out, in both spellings', () => {
    for (const argv of [
      ['build', '-', '--out', '-'],
      ['build', '-', '--out=-'],
      ['build', '-', '-o', '-']
    ]) {
      const invocation = parseArgs(argv)
      expect(invocation).toMatchObject({kind: 'run', positionals: ['-'], flags: {out: '-'}})
    }
  })

  it('should take everything after -- as articles', () => {
    expect(parseArgs(['build', '--', '--odd-name.md'])).toMatchObject({kind: 'run', positionals: ['--odd-name.md']})
  })

  it('should find a sub-command and its own flags', () => {
    expect(parseArgs(['glossary', 'export', '--to', 'csv'])).toMatchObject({
      kind: 'run',
      command: {name: 'glossary export'},
      flags: {to: 'csv'}
    })
  })

  it('should give a usage error for an unknown flag, a missing value and a value not among the choices', () => {
    expect(parseArgs(['build', '--colour'])).toMatchObject({
      kind: 'usage-error',
      message: 'unknown option "--colour" for "build" (zhgloss build --help)'
    })
    expect(parseArgs(['build', '--out'])).toMatchObject({kind: 'usage-error', message: 'the option --out needs a value (DIR)'})
    expect(parseArgs(['build', '--ui', 'fr'])).toMatchObject({kind: 'usage-error', message: '--ui must be one of en, zh, not "fr"'})
    expect(parseArgs(['build', '--watch=yes'])).toMatchObject({kind: 'usage-error', message: 'the option --watch takes no value'})
  })

  it('should give a usage error for too few or too many arguments', () => {
    expect(parseArgs(['check'])).toMatchObject({kind: 'usage-error', message: '"check" needs SOURCE.md | -'})
    expect(parseArgs(['glossary', 'export', 'extra'])).toMatchObject({
      kind: 'usage-error',
      message: '"glossary export" takes no arguments, not "extra"'
    })
  })

  it('should answer --help of a command even next to bad arguments', () => {
    expect(parseArgs(['check', '--help'])).toMatchObject({kind: 'help', command: {name: 'check'}})
  })
})
