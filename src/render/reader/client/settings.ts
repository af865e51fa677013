/**
 * The reading options: each control with `data-setting` is mirrored on the
 * document element as a `data-*` attribute (the style sheet reads those) and
 * remembered for the next visit.
 */
import type {Feature} from './feature.js'
import {readSettings, writeSettings} from './storage.js'

type Control = HTMLInputElement | HTMLSelectElement

/**
 * A control's value: `on`/`off` for a checkbox, the chosen option otherwise.
 *
 * @param control the control.
 * @returns its value.
 */
function controlValue(control: Control): string {
  return control instanceof HTMLInputElement ? (control.checked ? 'on' : 'off') : control.value
}

/**
 * Set a control to a stored value, ignoring values it does not offer.
 *
 * @param control the control.
 * @param value the stored value.
 */
function setValue(control: Control, value: string): void {
  if (control instanceof HTMLInputElement) control.checked = value === 'on'
  else if ([...control.options].some((option) => option.value === value)) control.value = value
}

/** Restore the stored settings, mirror them on the page, and keep them as they change. */
export const settings: Feature = ({root}) => {
  const stored = readSettings()
  for (const control of document.querySelectorAll<Control>('[data-setting]')) {
    const name = control.dataset['setting'] ?? ''
    const value = stored[name]
    if (value !== undefined) setValue(control, value)
    root.dataset[name] = controlValue(control)
    control.addEventListener('change', () => {
      root.dataset[name] = controlValue(control)
      stored[name] = controlValue(control)
      writeSettings(stored)
    })
  }
  for (const bar of document.querySelectorAll<HTMLElement>('.zg-bar')) bar.hidden = false
}
