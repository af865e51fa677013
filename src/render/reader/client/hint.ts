/**
 * A first-visit hint that terms answer a tap, shown once (until dismissed)
 * over the bottom of the page, where it shifts nothing.
 */
import type {Feature} from './feature.js'
import {readSettings, writeSettings} from './storage.js'

/** Show the hint unless it was dismissed before. */
export const hint: Feature = () => {
  const box = document.querySelector<HTMLElement>('.zg-hint')
  if (!box || readSettings()['hinted'] === 'yes') return
  box.hidden = false
  box.querySelector('button')?.addEventListener('click', () => {
    box.hidden = true
    writeSettings({...readSettings(), hinted: 'yes'})
  })
}
