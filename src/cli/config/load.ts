/**
 * Read the configuration: `--config FILE`, else `zhgloss.config.json` in the
 * working folder, else the `zhgloss` key of its package.json. Checked
 * against the schema; every problem names the file, the place and the fix.
 * Settings fill in the flags the user did not give.
 */
import {readFile} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {positionAt, ZhglossError, type Problem} from '../../core/problem.js'
import type {Config} from './schema.js'
import {validateConfig} from './validator.generated.js'

/** The configuration file's name. */
export const configName = 'zhgloss.config.json'

/** Settings that set a flag of any command that has it; the others are `build`'s alone. */
const sharedSettings = new Set(['glossary', 'lang', 'ui', 'fallback', 'encoding', 'ignore'])

/** A configuration and where it came from. */
export interface LoadedConfig {
  config: Config
  /** The file, as shown in messages; undefined when there is none. */
  file?: string
}

/**
 * Find and read the configuration.
 *
 * @param cwd the working folder.
 * @param explicit the file `--config` names, if any.
 * @returns the configuration (empty when there is none).
 * @throws ZhglossError (`config-invalid`, exit 2) when it cannot be read or breaks the schema.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit !== undefined) {
    const text = await readFile(resolve(cwd, explicit), 'utf8').catch(() => undefined)
    if (text === undefined) throw configError(explicit, 'cannot read this configuration file; check the path given to --config')
    return {config: parse(text, explicit, []), file: explicit}
  }
  const own = await readFile(join(cwd, configName), 'utf8').catch(() => undefined)
  if (own !== undefined) return {config: parse(own, configName, []), file: configName}
  const manifest = await readFile(join(cwd, 'package.json'), 'utf8').catch(() => undefined)
  if (manifest === undefined) return {config: {}}
  let data: unknown
  try {
    data = JSON.parse(manifest)
  } catch {
    return {config: {}}
  }
  if (typeof data !== 'object' || data === null || !('zhgloss' in data)) return {config: {}}
  return {config: check(data.zhgloss, manifest, 'package.json', ['zhgloss']), file: 'package.json'}
}

/**
 * Parse and check a configuration file's text.
 *
 * @param text the text.
 * @param file the name to show.
 * @param path where the settings are inside the JSON.
 * @returns the configuration.
 */
function parse(text: string, file: string, path: string[]): Config {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const offset = Number(/position (\d+)/.exec(String(error))?.[1] ?? 0)
    throw configError(
      file,
      'not valid JSON; fix the file (a trailing comma or a missing quote is the usual cause)',
      positionAt(text, offset)
    )
  }
  return check(data, text, file, path)
}

/**
 * Check settings against the schema.
 *
 * @param data the parsed settings.
 * @param text the file's text, to place problems.
 * @param file the name to show.
 * @param path where the settings are inside the JSON.
 * @returns the settings.
 */
function check(data: unknown, text: string, file: string, path: string[]): Config {
  if (validateConfig(data)) return data as Config
  const errors = ((validateConfig as unknown as {errors?: unknown[] | null}).errors ?? []) as Array<{
    instancePath: string
    keyword: string
    params: Record<string, unknown>
    message?: string
  }>
  const problems = errors.map((error): Problem => {
    const keys = [...path, ...error.instancePath.split('/').slice(1)]
    const unknown = error.keyword === 'additionalProperties' ? String(error.params['additionalProperty']) : undefined
    const setting = [...keys.slice(path.length), ...(unknown ? [unknown] : [])].join('.') || '(the settings)'
    const key = unknown ?? keys.at(-1)
    const offset = key === undefined ? -1 : text.indexOf(`"${key}"`)
    const message = unknown
      ? `"${unknown}" is not a setting; the settings are ${Object.keys(settingNames).join(', ')} (see docs/cli.md)`
      : `setting "${setting}" ${error.keyword === 'enum' ? `must be one of ${(error.params['allowedValues'] as unknown[]).join(', ')}` : (error.message ?? 'is not valid')}`
    return {file, ...(offset === -1 ? {} : positionAt(text, offset)), message, rule: 'config-invalid', severity: 'error'}
  })
  throw new ZhglossError(problems)
}

/** Every setting's name, for messages. */
const settingNames: Record<keyof Config, true> = {
  articles: true,
  ignore: true,
  glossary: true,
  out: true,
  lang: true,
  ui: true,
  fallback: true,
  encoding: true,
  format: true,
  pdf: true,
  density: true,
  pinyin: true,
  bilingual: true,
  paper: true,
  'line-numbers': true,
  strict: true,
  clean: true,
  jobs: true,
  rules: true
}

/** A configuration problem. */
function configError(file: string, message: string, place?: {line: number; column: number}): ZhglossError {
  return new ZhglossError([{file, ...(place ?? {}), message, rule: 'config-invalid', severity: 'error'}])
}

/**
 * Fill in the flags the user did not give from the configuration.
 *
 * @param command the command run: its name and the names of its flags.
 * @param flags the parsed flags (defaults filled in).
 * @param given the flags given on the command line.
 * @param config the configuration.
 * @returns the flags to run with.
 */
export function applyConfig(
  command: {name: string; flags: readonly string[]},
  flags: Readonly<Record<string, unknown>>,
  given: readonly string[],
  config: Config
): Record<string, unknown> {
  const applied: Record<string, unknown> = {...flags}
  for (const [name, value] of Object.entries(config)) {
    if (name === 'articles' || name === 'rules' || name === '$schema' || given.includes(name)) continue
    if (!sharedSettings.has(name) && command.name !== 'build') continue
    if (command.flags.includes(name)) applied[name] = value
  }
  return applied
}
