/**
 * Carry the glossary to and from translation tools: CSV and TBX.
 */
export {glossaryFromCsv, glossaryToCsv, csvColumns} from './csv.js'
export {glossaryFromTbx, glossaryToTbx, tbxNamespace} from './tbx.js'
export {validateImport, type ImportResult} from './import-builder.js'
export {formatTermsFile, formatTermsFiles} from './terms-file.js'
