/**
 * Bundle the reader's in-page script (src/render/reader/client/) with
 * esbuild into lib/render/reader/client-script.js, a module that exports it
 * as a string: the reader page inlines it, from Node and from a browser
 * bundle alike. Run by `npm run build` after tsc, and before the tests so
 * that they load what ships.
 */
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Bundle the client and write the module that carries it.
 *
 * @returns the path written.
 */
export async function buildClient() {
  const result = await build({
    entryPoints: [join(root, 'src/render/reader/client/index.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    write: false,
    logLevel: 'warning'
  })
  const [output] = result.outputFiles
  if (!output) throw new Error('esbuild wrote no output for the reader script')
  const out = join(root, 'lib/render/reader/client-script.js')
  await mkdir(dirname(out), {recursive: true})
  const doc = "/** The reader's in-page script, bundled from src/render/reader/client/. */\n"
  await writeFile(out, `${doc}export const clientScript = ${JSON.stringify(output.text.trim())}\n`)
  await writeFile(out.replace(/\.js$/, '.d.ts'), `${doc}export declare const clientScript: string\n`)
  return out
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildClient()
