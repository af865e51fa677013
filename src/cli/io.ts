/**
 * What a command may touch of the outside world, passed in so that commands
 * never reach for `process` themselves.
 */

/** A stream to write text to. */
export interface TextSink {
  write(text: string): unknown
  /** Whether it is a terminal. */
  isTTY?: boolean
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
}
