/**
 * Names TBX-Basic uses, shared by the TBX writer and reader.
 */

/** The TBX v3 namespace, as the TBX-Basic dialect's schemas name it. */
export const tbxNamespace = 'urn:iso:std:iso:30042:ed:3.0'

/** The namespace earlier exports wrote (ISO 30042:2019's URN), still read. */
export const legacyNamespaces = new Set(['urn:iso:std:iso:30042:ed-2'])

/** The parts of speech TBX-Basic allows; a proper noun is a noun there, and a note keeps the difference. */
export const tbxPartsOfSpeech = new Set(['adjective', 'noun', 'other', 'verb', 'adverb'])

/** A part of speech as TBX-Basic allows it. */
export function tbxPartOfSpeech(partOfSpeech: string): string {
  return tbxPartsOfSpeech.has(partOfSpeech) ? partOfSpeech : 'noun'
}

/** The administrativeStatus of each status, as TBX-Basic names them. */
export const statusNames = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts'
} as const

/** The strings of a list field (accepted, forbidden). */
export function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}
