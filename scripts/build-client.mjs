/**
 * Bundle the reader's in-page script (src/render/reader/client/) with
 * esbuild into lib/render/reader/client-script.js, a module that exports it
 * as a string: the reader page inlines it, from Node and from a browser
 * bundle alike. The handout's line-number script (src/render/handout/client/) goes the same way into
 * lib/render/handout/line-script.js. Run by `npm run build` after tsc, and before the tests so
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
  await bundle(
    'src/render/handout/client/line-numbers.ts',
    'lib/render/handout/line-script.js',
    'lineNumbersScript',
    "The handout's line-number script"
  )
  return bundle('src/render/reader/client/index.ts', 'lib/render/reader/client-script.js', 'clientScript', "The reader's in-page script")
}

/**
 * Bundle one in-page script into a module that exports it as a string.
 *
 * @param entry the script's source, from the root.
 * @param target the module to write, from the root.
 * @param name the export's name.
 * @param what what the script is, for the module's doc comment.
 * @returns the path written.
 */
async function bundle(entry, target, name, what) {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    write: false,
    logLevel: 'warning'
  })
  const [output] = result.outputFiles
  if (!output) throw new Error(`esbuild wrote no output for ${entry}`)
  const out = join(root, target)
  await mkdir(dirname(out), {recursive: true})
  const doc = `/** ${what}, bundled from ${entry}. */\n`
  await writeFile(out, `${doc}export const ${name} = ${JSON.stringify(output.text.trim())}\n`)
  await writeFile(out.replace(/\.js$/, '.d.ts'), `${doc}export declare const ${name}: string\n`)
  return out
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildClient()
