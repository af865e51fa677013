/**
 * Validate glossary files against their JSON Schemas (schema-definitions.ts,
 * compiled into plain functions when zhgloss is built) and turn schema errors
 * into problems naming the entry and the field.
 */
import type {Problem} from '../core/problem.js'
import {validateGloss, validateZh} from './validators.generated.js'

export {glossSchema, zhSchema} from './schema-definitions.js'

/** One error as the compiled validators report it (the shape of Ajv's `ErrorObject`). */
interface ErrorObject {
  keyword: string
  instancePath: string
  params: unknown
  propertyName?: string
  message?: string
}

/** A compiled validator: true when valid, else its errors in `errors`. */
interface CompiledValidator {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}

export type SchemaName = 'zh' | 'gloss'

/** The compiled validator of each schema. */
const validators: Record<SchemaName, CompiledValidator> = {zh: validateZh, gloss: validateGloss}

/**
 * Validate the parsed content of one glossary file.
 *
 * @param which `zh` for the forms file, `gloss` for a gloss language.
 * @param data the parsed JSON.
 * @param file the name to put in problems.
 * @returns the problems found (empty when valid).
 */
export function validateResource(which: SchemaName, data: unknown, file: string): Problem[] {
  const validate = validators[which]
  if (validate(data)) return []
  return (validate.errors ?? []).filter(isReportable).map((error) => toProblem(error, file))
}

/** Ajv also reports the `not` and `if` wrappers of an error it already gave; keep one. */
function isReportable(error: ErrorObject): boolean {
  return error.keyword !== 'if'
}

/**
 * Turn one Ajv error into a problem that names entry and field and says what to do.
 *
 * @param error the Ajv error.
 * @param file the file name for the problem.
 * @returns the problem.
 */
function toProblem(error: ErrorObject, file: string): Problem {
  const [entry, ...fieldPath] = error.instancePath.split('/').slice(1).map(unescapePointer)
  const field = fieldPath.join('.')
  const where = entry === undefined ? 'the file' : field ? `entry "${entry}", field "${field}"` : `entry "${entry}"`
  const problem: Problem = {file, message: `${where}: ${describe(error)}`, rule: 'glossary-schema', severity: 'error'}
  const named = entry ?? (error.params as Record<string, unknown>)['propertyName']
  if (typeof named === 'string') problem.entry = named
  return problem
}

/** Say in words what a schema keyword asks for. */
function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'propertyNames':
    case 'pattern':
      if (error.propertyName !== undefined || params['propertyName'] !== undefined) {
        return `the id "${String(params['propertyName'] ?? error.propertyName)}" is not allowed: ids are lower-case ASCII letters, digits and hyphens ([a-z0-9][a-z0-9-]*), and not a built-in object name`
      }
      return 'must not be empty or only white space'
    case 'not':
      return `the id "${String(error.propertyName ?? '')}" is the name of a built-in object property; choose another id`
    case 'required':
      return `lacks the required field "${String(params['missingProperty'])}"; add it`
    case 'additionalProperties':
      return `has an unknown field "${String(params['additionalProperty'])}"; remove it or check its spelling (see glossary/README.md)`
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`
    case 'type':
      return `must be ${article(String(params['type']))}`
    case 'minItems':
      return 'must list at least one form'
    case 'minLength':
      return 'must not be empty'
    default:
      return error.message ?? 'is not valid'
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}

function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~')
}
