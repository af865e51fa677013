/**
 * Bundle the command line (lib/cli/main.js and what it imports, packages
 * included, and the build's worker thread) with esbuild into
 * lib/cli-bundle/, one file each plus a chunk for each command and each
 * lazily loaded part, and make lib/cli/main.js and
 * lib/cli/commands/build-worker.js load them.
 * Node then reads a few files instead of some 430 modules, which was a third
 * of the time of building one article. Run by `npm run build` last; the
 * library (lib/index.js) is left as tsc wrote it.
 *
 * A module of ours that finds files from `import.meta.url` (the dictionary,
 * the shipped glossary, package.json, the build's worker) keeps finding them
 * where tsc put it: the bundle rewrites `import.meta.url` to the module's own
 * place, relative to the bundle's folder, which has lib/cli/'s depth.
 */
import {readFile, rm, writeFile} from 'node:fs/promises'
import {dirname, join, relative, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const lib = join(root, 'lib')
const out = join(lib, 'cli-bundle')
/** The entry points, by the name of their bundle, and where tsc wrote them. */
const entries = {main: join(lib, 'cli', 'main.js'), 'build-worker': join(lib, 'cli', 'commands', 'build-worker.js')}

/** Rewrite `import.meta.url` in our own modules to where tsc put them. */
const ownPlaces = {
  name: 'own-places',
  setup(builder) {
    builder.onLoad({filter: /\.js$/}, async (args) => {
      if (!args.path.startsWith(lib + sep)) return undefined
      const text = await readFile(args.path, 'utf8')
      if (!text.includes('import.meta.url')) return undefined
      const place = relative(out, args.path).split(sep).join('/')
      return {contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(place)}, import.meta.url).href`), loader: 'js'}
    })
  }
}

await rm(out, {recursive: true, force: true})
for (const path of Object.values(entries))
  if ((await readFile(path, 'utf8')).includes('cli-bundle')) throw new Error(`${path} already loads the bundle: run tsc first`)
await build({
  entryPoints: entries,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: out,
  chunkNames: '[name]-[hash]',
  mainFields: ['module', 'main'],
  external: ['playwright-core'],
  // Packages written as CommonJS call require(); an ES module has none of its own.
  banner: {js: "import {createRequire as zhglossRequire} from 'node:module';const require = zhglossRequire(import.meta.url);"},
  plugins: [ownPlaces],
  logLevel: 'warning'
})
for (const [name, path] of Object.entries(entries)) {
  const bundle = relative(dirname(path), join(out, `${name}.js`))
    .split(sep)
    .join('/')
  await writeFile(path, `// Bundled by scripts/bundle-cli.mjs.\nimport '${bundle}'\n`)
}
