/**
 * Bundle a TypeScript script that imports src/ (the fuzzer) into one Node
 * module. The in-page scripts exist only as the bundles `npm run build`
 * writes to lib/ (src/ holds their sources and declarations), so their
 * imports are pointed there, as the test configuration does.
 *
 * Usage: node scripts/bundle-node.mjs ENTRY.ts OUT.mjs
 */
import {existsSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const [entry, outfile] = process.argv.slice(2)
if (!entry || !outfile) {
  console.error('usage: node scripts/bundle-node.mjs ENTRY.ts OUT.mjs')
  process.exit(2)
}

/** Imports of a built in-page script from src/render/ resolve to its bundle in lib/. */
const shippedScripts = {
  name: 'zhgloss-shipped-scripts',
  setup(builder) {
    builder.onResolve({filter: /^\.\/(?:client|line)-script\.js$/}, (args) => {
      const inLib = join(root, 'lib', relative(join(root, 'src'), resolve(args.resolveDir, args.path)))
      if (!existsSync(inLib)) return {errors: [{text: `${relative(root, inLib)} is missing; run npm run build first`}]}
      return {path: inLib}
    })
  }
}

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
  plugins: [shippedScripts]
})
