/**
 * The layout of `src/`: imports point one way. No file imports itself back
 * through others, and no folder imports a folder that imports it back
 * (type imports included).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'

const src = resolve(import.meta.dirname, '../src')

/** Every TypeScript file under `src/`, relative to it. */
function sourceFiles(folder = src): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [relative(src, path)] : []
  })
}

/** The files a file imports or re-exports from inside `src/`, relative to `src/`. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(src, file), 'utf8')
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)
  ]
  return specifiers.map((match) => relative(src, resolve(join(src, dirname(file)), match[1] ?? match[2] ?? '')).replace(/\.js$/, '.ts'))
}

/** A cycle in a graph, as the list of its nodes, or undefined. */
export function findCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node]
    state.set(node, 'open')
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    stack.pop()
    state.set(node, 'done')
    return undefined
  }
  for (const node of graph.keys()) {
    const cycle = visit(node)
    if (cycle) return cycle
  }
  return undefined
}

const files = sourceFiles()
const fileGraph = new Map(files.map((file) => [file, new Set(importsOf(file))]))
const folderGraph = new Map<string, Set<string>>()
for (const [file, imports] of fileGraph) {
  const from = dirname(file)
  const targets = folderGraph.get(from) ?? new Set<string>()
  for (const target of imports) if (dirname(target) !== from) targets.add(dirname(target))
  folderGraph.set(from, targets)
}

describe('the layout of src/', () => {
  it('should find a cycle when there is one (the check itself works)', () => {
    expect(
      findCycle(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['a'])]
        ])
      )
    ).toEqual(['a', 'b', 'a'])
    expect(
      findCycle(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set()]
        ])
      )
    ).toBeUndefined()
  })

  it('should import only files that exist', () => {
    const missing = [...fileGraph].flatMap(([file, imports]) =>
      // A declaration stands for a module the build generates (the reader's bundled in-page script).
      [...imports]
        .filter((target) => !fileGraph.has(target) && !existsSync(join(src, target.replace(/\.ts$/, '.d.ts'))))
        .map((target) => `${file} → ${target}`)
    )
    expect(missing).toEqual([])
  })

  it('should have no import cycle between files', () => {
    expect(findCycle(fileGraph)).toBeUndefined()
  })

  it('should have no import cycle between folders', () => {
    expect(findCycle(folderGraph)).toBeUndefined()
  })
})
