/**
 * Timing and memory: medians of interleaved runs in this process (so that
 * the machine's drift falls on every case alike), and peak memory from a
 * fresh child process per case (so that one case's garbage is not another's).
 * Time is CPU time (user and system, all threads): on a shared machine, wall
 * time mostly measures the neighbours.
 */
import {spawn} from 'node:child_process'

/**
 * CPU time used by this process so far.
 *
 * @returns milliseconds.
 */
export function cpuNow(): number {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}

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
 * @returns the times of each, in milliseconds, round by round.
 */
export function timeInterleaved(cases: Record<string, () => unknown>, rounds: number, warmUp = true): Record<string, number[]> {
  const times: Record<string, number[]> = {}
  for (const [name, run] of Object.entries(cases)) {
    if (warmUp) run()
    times[name] = []
  }
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(cases)) {
      collect()
      const started = cpuNow()
      const result = run()
      times[name]?.push(isTimed(result) ? result.ms : cpuNow() - started)
    }
  }
  return times
}

/**
 * The median of round-by-round ratios of two cases timed in the same rounds:
 * each pair ran side by side, so drift of the machine cancels out.
 *
 * @param times times from `timeInterleaved`.
 * @param numerator the case on top.
 * @param denominator the case below.
 * @returns the median ratio.
 */
export function pairedRatio(times: Readonly<Record<string, readonly number[]>>, numerator: string, denominator: string): number {
  const top = times[numerator] ?? []
  const bottom = times[denominator] ?? []
  return median(top.map((value, round) => value / (bottom[round] ?? NaN)))
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
 * @returns its result and the CPU time it took in milliseconds.
 */
export function timeOnce<T>(run: () => T): {value: T; ms: number} {
  const started = cpuNow()
  const value = run()
  return {value, ms: cpuNow() - started}
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
  /** CPU time (user and system), in milliseconds. */
  ms: number
  /** Wall time, in milliseconds. */
  wall: number
  /** Peak resident memory, in bytes. */
  peak: number
  /** Exit code. */
  code: number
}

/** Loaded with `--import` into a child: print its peak memory on the way out. */
const reportPeak = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\npeak-rss:'+u.maxRSS*1024+' cpu:'+(u.userCPUTime+u.systemCPUTime)+'\\n')})`

/**
 * Run a node process and measure its CPU time, wall time and peak memory.
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
      const wall = performance.now() - started
      const [, peak, cpu] = /peak-rss:(\d+) cpu:(\d+)/.exec(stderr) ?? []
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${stderr}`))
      else resolve({ms: Number(cpu ?? NaN) / 1000, wall, peak: Number(peak ?? NaN), code: code ?? 0})
    })
  })
}
