// Run by `npm run build` after the dictionary is compiled: read the news
// outlets the name rules need out of the whole index once, here, into
// lib/dictionary/cedict-outlets.json, instead of in every process that checks a translation.
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {indexFiles} from '../lib/dictionary/files.js'
import {readNameIndex} from '../lib/check/rules/name-absent.js'

const {data, outlets} = indexFiles()
writeFileSync(`${outlets}.part`, `${JSON.stringify([...readNameIndex(readFileSync(data))])}\n`)
renameSync(`${outlets}.part`, outlets)
