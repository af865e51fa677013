/**
 * Bundle the build's worker thread (lib/cli/commands/build-worker.js) and
 * everything it imports, packages included, into one module beside it,
 * lib/cli/commands/build-worker-bundle.js. A worker that loads some 470
 * modules one by one spends about 400 ms of CPU in Node's module loader
 * before it builds anything; from one file it takes about 90 ms (see
 * build-pool.ts). Run by `npm run build` after tsc and build-client.
 */
import {readFile} from 'node:fs/promises'
import {dirname, join, relative, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const entry = join(root, 'lib/cli/commands/build-worker.js')
const outfile = join(root, 'lib/cli/commands/build-worker-bundle.js')

/**
 * Each bundled module keeps its own `import.meta.url`: modules find their
 * data files from it (the dictionary in lib/dictionary/), so in the bundle
 * it names the module's own file, relative to wherever the bundle is.
 */
const ownUrl = {
  name: 'zhgloss-own-url',
  setup(builder) {
    builder.onLoad({filter: /\.[cm]?js$/}, async (args) => {
      const contents = await readFile(args.path, 'utf8')
      if (!contents.includes('import.meta.url')) return undefined
      const path = relative(dirname(outfile), args.path).split(sep).map(encodeURIComponent).join('/')
      const own = `new URL(${JSON.stringify(path)}, import.meta.url).href`
      return {contents: contents.replaceAll('import.meta.url', own), loader: 'js', resolveDir: dirname(args.path)}
    })
  }
}

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsonc-parser's `main` is a UMD build whose requires esbuild cannot follow; its ES module build is the same code.
  mainFields: ['module', 'main'],
  // Packages written as CommonJS may require Node's own modules.
  banner: {js: "import {createRequire as bundleRequire} from 'node:module';\nconst require = bundleRequire(import.meta.url);"},
  plugins: [ownUrl],
  legalComments: 'eof',
  logLevel: 'warning'
})
