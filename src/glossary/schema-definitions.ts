/**
 * JSON Schemas of the glossary files. They are compiled into validators when
 * zhgloss is built (scripts/compile-validators.ts), so that no code is
 * generated at run time and the glossary loads under a strict Content
 * Security Policy.
 */
import {categories, partsOfSpeech} from './types.js'

/** Entry ids: ASCII, and never a name that JavaScript objects already have. */
const idSchema = {
  type: 'string',
  pattern: '^[a-z0-9][a-z0-9-]*$',
  not: {enum: ['constructor', 'prototype', 'hasownproperty', 'tostring', 'valueof']}
}

const nonEmptyString = {type: 'string', minLength: 1, pattern: '\\S'}

const stringList = {type: 'array', items: nonEmptyString}

/** Schema of `glossary/zh/terms.json`. */
export const zhSchema = {
  type: 'object',
  propertyNames: idSchema,
  additionalProperties: {
    type: 'object',
    required: ['forms', 'category'],
    additionalProperties: false,
    properties: {
      forms: {...stringList, minItems: 1},
      pinyin: nonEmptyString,
      readings: {type: 'object', additionalProperties: nonEmptyString},
      category: {enum: [...categories]},
      partOfSpeech: {enum: [...partsOfSpeech]},
      models: {type: 'boolean'},
      boundary: {enum: ['segment', 'none']},
      modelPattern: nonEmptyString,
      modelsAfter: {type: 'array', items: idSchema},
      notInside: stringList,
      onlyWith: stringList,
      notWith: stringList
    }
  }
} as const

/** Schema of `glossary/LNG/terms.json` for a gloss language. */
export const glossSchema = {
  type: 'object',
  propertyNames: idSchema,
  additionalProperties: {
    type: 'object',
    required: ['gloss'],
    additionalProperties: false,
    properties: {
      gloss: nonEmptyString,
      note: nonEmptyString,
      accepted: stringList,
      forbidden: stringList,
      doNotTranslate: {type: 'boolean'},
      ignoreCase: {type: 'boolean'},
      severity: {enum: ['error', 'warning', 'off']},
      inflections: stringList
    }
  }
} as const
