/**
 * What a command may touch of the outside world, passed in so that commands
 * never reach for `process` themselves.
 */

import type {VFileMessage} from 'vfile-message'
import type {Config} from '../config/schema.js'

/** A stream to write text (or bytes) to. */
export interface TextSink {
  write(text: string | Uint8Array): unknown
  /** Whether it is a terminal. */
  isTTY?: boolean
  /** Width of the terminal in columns, when it is one. */
  columns?: number
}

/** How a command run reports its messages, from the common flags. */
export interface MessageSettings {
  /** Errors only. (default: `false`) */
  quiet?: boolean
  /** Collect the messages for one JSON report at the end instead of printing them. (default: `false`) */
  json?: boolean
  /** The messages collected for the JSON report. */
  collected?: VFileMessage[]
  /** How many warnings this run has reported so far (shown or not), so that a summary can count them. */
  warnings?: number
}

/** The outside world of one command run. */
export interface Io {
  stdout: TextSink
  stderr: TextSink
  /** Read all of standard input. */
  readStdin(): Promise<Uint8Array>
  /** The working folder. */
  cwd: string
  /** Environment variables. */
  env: Readonly<Record<string, string | undefined>>
  /**
   * Be told when the user interrupts (Ctrl-C), instead of being ended; used by
   * long-running commands (`build --watch`) to stop cleanly.
   *
   * @param listener called once on the interrupt.
   * @returns a function that stops listening (and restores the default).
   */
  onInterrupt?(listener: () => void): () => void
  /** How problems are reported (`--quiet`, `--messages json`); set by `run` from the common flags. (default: printed, all) */
  messages?: MessageSettings
  /** The configuration file's settings; set by `run`. (default: none) */
  config?: Config
}
