/**
 * Browser tests run when Chromium is found; with `CI=true` a missing Chromium
 * fails instead of skipping.
 */
import {findChromium} from '../../src/node/chromium.js'

/** The Chromium to test with, if any. */
export const chromiumPath = findChromium(process.env)

if (!chromiumPath && process.env['CI'] === 'true') {
  throw new Error('CI=true but no Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH')
}

/** Whether browser tests should be skipped. */
export const skipBrowser = chromiumPath === undefined
