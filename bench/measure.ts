/**
 * Timing and memory: medians of interleaved runs in this process (so that
 * the machine's drift falls on every case alike), and peak memory from a
 * fresh child process per case (so that one case's garbage is not another's).
 */
import {spawn} from 'node:child_process'

/** A garbage collection between runs when node runs with `--expose-gc`. */
function collect(): void {
  const gc = (globalThis as {gc?: () => void}).gc
  if (gc) gc()
}

/**
 * Time named functions, each run once per round after a warm-up, rounds interleaved.
 * A function that returns `{ms}` has timed itself.
 *
 * @param cases the functions by name.
 * @param rounds how many timed runs of each.
 * @param warmUp whether to run each once, untimed, first. (default: `true`)
 * @returns the median time of each, in milliseconds.
 */
export function timeInterleaved(cases: Record<string, () => unknown>, rounds: number, warmUp = true): Record<string, number> {
  const times: Record<string, number[]> = {}
  for (const [name, run] of Object.entries(cases)) {
    if (warmUp) run()
    times[name] = []
  }
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(cases)) {
      collect()
      const started = performance.now()
      const result = run()
      times[name]?.push(isTimed(result) ? result.ms : performance.now() - started)
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]))
}

/** What a case returns when it times only part of its work (the rest is preparation). */
export interface Timed {
  ms: number
}

/** Whether a case timed itself. */
function isTimed(value: unknown): value is Timed {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Timed>).ms === 'number'
}

/**
 * Time one function once.
 *
 * @param run the function.
 * @returns its result and the time it took in milliseconds.
 */
export function timeOnce<T>(run: () => T): {value: T; ms: number} {
  const started = performance.now()
  const value = run()
  return {value, ms: performance.now() - started}
}

/**
 * The median of numbers.
 *
 * @param values the numbers (at least one).
 * @returns the median.
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** What a child process reports. */
export interface ProcessRun {
  /** Wall time, in milliseconds. */
  ms: number
  /** Peak resident memory, in bytes. */
  peak: number
  /** Exit code. */
  code: number
}

/** Loaded with `--import` into a child: print its peak memory on the way out. */
const reportPeak = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\npeak-rss:'+process.resourceUsage().maxRSS*1024+'\\n'))`

/**
 * Run a node process and measure its wall time and peak memory.
 *
 * @param args arguments to node after the peak-memory hook.
 * @param cwd the working folder.
 * @returns time, peak memory and exit code.
 */
export function runNode(args: readonly string[], cwd: string): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, ['--import', reportPeak, ...args], {cwd, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - started
      const peak = Number(/peak-rss:(\d+)/.exec(stderr)?.[1] ?? NaN)
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${stderr}`))
      else resolve({ms, peak, code: code ?? 0})
    })
  })
}
