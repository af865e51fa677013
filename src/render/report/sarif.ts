/**
 * The findings as SARIF 2.1.0, for code-scanning views in CI: one run of
 * the zhgloss tool, one result per finding, located in the translation (or
 * the source, for what the translation lacks), with the finding's id as a
 * stable fingerprint.
 */
import type {Finding, Report} from '../../check/report.js'

/** What each rule checks, for the tool's rule list. */
const ruleHelp: Record<string, string> = {
  'term-missing': 'A glossary term of the source has none of its renderings in the translation.',
  'term-forbidden': 'The translation uses a rendering the glossary marks as wrong.',
  'term-inconsistent': 'One entry is rendered in more than one way in the translation.',
  'dnt-altered': 'A do-not-translate term is not kept exactly as written.',
  'number-mismatch': 'A number, percentage or date differs between the source and the translation.',
  'model-mismatch': 'A model number differs between the source and the translation.',
  untranslated: 'Chinese text is left in the translation.',
  alignment: 'A block has no counterpart, or blocks were merged or split.',
  'gloss-missing': 'An entry has no gloss in the translation language.'
}

/**
 * Write a report's findings as a SARIF 2.1.0 log.
 *
 * @param report the report.
 * @param version the tool's version.
 * @returns the JSON text, ending in a newline.
 */
export function formatSarif(report: Report, version: string): string {
  const rules = [...new Set([...Object.keys(ruleHelp), ...report.findings.map((finding) => finding.rule)])]
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'zhgloss',
            version,
            rules: rules.map((id) => ({id, shortDescription: {text: ruleHelp[id] ?? id}}))
          }
        },
        // Columns are counted in characters, as zhgloss counts them everywhere.
        columnKind: 'unicodeCodePoints',
        results: report.findings.map((finding) => resultOf(finding, report, rules))
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/** One SARIF result. */
function resultOf(finding: Finding, report: Report, rules: readonly string[]): Record<string, unknown> {
  const inTarget = finding.target !== undefined && report.translation !== undefined
  const place = inTarget ? finding.target : finding.source
  const uri = inTarget ? (report.translation ?? report.source) : report.source
  return {
    ruleId: finding.rule,
    ruleIndex: rules.indexOf(finding.rule),
    level: finding.severity === 'error' ? 'error' : 'warning',
    message: {text: finding.message},
    locations: [
      {
        physicalLocation: {
          artifactLocation: {uri: uri.replace(/\\/g, '/')},
          ...(place ? {region: {startLine: place.line, startColumn: place.column}} : {})
        },
        ...(finding.segment ? {logicalLocations: [{name: finding.segment, kind: 'segment'}]} : {})
      }
    ],
    ...(finding.id ? {partialFingerprints: {'zhglossFinding/v1': finding.id}} : {})
  }
}
