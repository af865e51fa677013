/**
 * `build --pdf`: print the handouts a round just built, link them from the
 * index and report what could not be printed.
 */
import {basename} from 'node:path'
import type {Problem} from '../../core/problem.js'
import {printHandouts} from '../../node/pdf.js'
import type {Io} from '../common/io.js'
import type {Progress} from '../common/progress.js'
import {stdinPath, type BuildSettings} from './build-article.js'
import {buildInputs, type BuildSession} from './build-session.js'

/**
 * Print the handouts just built to PDF, add them to the index and report what went wrong.
 *
 * @param articles the articles built.
 * @param settings the build's settings.
 * @param round the outside world, the voice, the session and when the build started.
 * @returns the problems (warnings).
 */
export async function printPdfs(
  articles: readonly string[],
  settings: BuildSettings,
  round: {io: Io; progress: Progress; session: BuildSession; since: number}
): Promise<Problem[]> {
  const {io, progress, session} = round
  const names = articles.map((path) => (path === stdinPath ? 'stdin' : basename(path).replace(/\.md$/i, '')))
  const printed: string[] = []
  const problems = await printHandouts({
    out: settings.out,
    cwd: io.cwd,
    names,
    env: io.env,
    since: round.since,
    ...(settings.handout?.paper ? {paper: settings.handout.paper} : {}),
    guard: {inputs: buildInputs(articles, settings), cwd: io.cwd},
    say: (line) => progress.say(line),
    printed: (name) => printed.push(name)
  })
  await session.link(printed, 'handout.pdf')
  progress.problems(problems)
  return problems
}
