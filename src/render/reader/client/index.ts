/**
 * The reader's in-page script, bundled by the build into one inline script.
 * Static code only: it reads the page (and the compact readings it carries),
 * it never fetches anything.
 *
 * A feature is a file exporting a `Feature`; adding one is that file plus
 * one line in the list below. They run in order, once, when the page loads.
 */
import {copy} from './copy.js'
import type {Feature, Reader} from './feature.js'
import {hint} from './hint.js'
import {readAloud} from './read-aloud.js'
import {roving} from './roving.js'
import {settings} from './settings.js'
import {termIndex} from './term-index.js'
import {textPinyin} from './text-pinyin.js'
import {tones} from './tones.js'
import {wireFocusAndKeys, wirePointer} from './tooltip-events.js'
import {createTooltips} from './tooltips.js'
import {words} from './words.js'

const tooltips = createTooltips()

/** Every feature of the page, in the order it is set up. */
const features: Feature[] = [
  settings,
  () => wirePointer(tooltips),
  () => wireFocusAndKeys(tooltips),
  roving,
  termIndex,
  textPinyin,
  tones,
  copy,
  hint,
  words,
  readAloud
]

const reader: Reader = {root: document.documentElement, tooltips}
for (const feature of features) feature(reader)
