/**
 * The reader's in-page script, bundled by the build into one inline script.
 * Static code only: it reads the page, it never embeds data.
 *
 * A feature is a file exporting a `Feature`; adding one is that file plus
 * one line in the list below. They run in order, once, when the page loads.
 */
import type {Feature, Reader} from './feature.js'
import {settings} from './settings.js'
import {wireFocusAndKeys, wirePointer} from './tooltip-events.js'
import {termIndex} from './term-index.js'
import {createTooltips} from './tooltips.js'
import {words} from './words.js'

const tooltips = createTooltips()

/** Every feature of the page, in the order it is set up. */
const features: Feature[] = [settings, () => wirePointer(tooltips), () => wireFocusAndKeys(tooltips), termIndex, words]

const reader: Reader = {root: document.documentElement, tooltips}
for (const feature of features) feature(reader)
