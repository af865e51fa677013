/**
 * Find and start Debian's Chromium (or the one `CHROMIUM_PATH` names) with
 * playwright-core, headless and without any network traffic of its own.
 */
import {existsSync} from 'node:fs'
import type {Browser} from 'playwright-core'
import {ZhglossError} from '../core/problem.js'

/** Flags that keep Chromium quiet and working as root in a container. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage'
]

/**
 * The Chromium executable to use.
 *
 * @param env environment variables (for `CHROMIUM_PATH`).
 * @returns the path, or undefined when none is installed.
 */
export function findChromium(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const candidates = [env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser']
  return candidates.find((path): path is string => typeof path === 'string' && path.length > 0 && existsSync(path))
}

/** How to get Chromium, for messages. */
export const chromiumHint = "install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium executable"

/**
 * Start Chromium headless.
 *
 * @param executablePath the executable, from `findChromium`.
 * @returns the browser; close it when done.
 */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const {chromium} = await loadPlaywright()
  return chromium.launch({executablePath, headless: true, args: chromiumArgs})
}

/**
 * Load playwright-core, an optional peer dependency: only `--pdf` needs it.
 *
 * @returns the module.
 * @throws ZhglossError (rule `pdf-unavailable`) saying what to install when it is missing.
 */
export async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core')
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
    if (code !== 'ERR_MODULE_NOT_FOUND') throw error
    throw new ZhglossError([
      {
        file: 'playwright-core',
        message:
          'not installed: --pdf prints the handout with Chromium through the package playwright-core, an optional dependency of zhgloss; install it beside zhgloss (npm install playwright-core), or build without --pdf. Nothing was built.',
        rule: 'pdf-unavailable',
        severity: 'error'
      }
    ])
  }
}
