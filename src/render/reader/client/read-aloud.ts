/**
 * Read aloud, where the browser has a Chinese voice: a button in the reading
 * options reads the article (or stops), and with "read a sentence on click"
 * on, a click in the article reads the sentence clicked. Where there is no
 * Chinese voice nothing is shown. The controls go inside the closed options
 * panel, so adding them never moves the article.
 */
import type {Feature} from './feature.js'

/** The controls' labels by interface language. */
const labels = {
  en: {read: 'Read aloud', stop: 'Stop reading', sentence: 'Read a sentence on click'},
  zh: {read: '朗读全文', stop: '停止朗读', sentence: '点击句子朗读'}
}

/** Where a sentence ends. */
const sentenceEnd = /[。！？!?；;]+[”’」』）]*/gu

/**
 * A Chinese voice of the browser, if it has one.
 *
 * @param synthesis the speech synthesis.
 * @returns the voice, or undefined.
 */
function chineseVoice(synthesis: SpeechSynthesis): SpeechSynthesisVoice | undefined {
  return synthesis.getVoices().find((voice) => /^(zh|cmn|yue)([-_]|$)/i.test(voice.lang))
}

/**
 * The article's own text inside an element: without pinyin, footnote numbers and added text.
 *
 * @param element the element.
 * @returns its text.
 */
function ownText(element: Element): string {
  const copy = element.cloneNode(true)
  if (!(copy instanceof Element)) return ''
  for (const extra of copy.querySelectorAll('rt, rp, [data-added], script, style, template')) extra.remove()
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/**
 * The sentence around a point of a block's text.
 *
 * @param text the block's text.
 * @param at the offset clicked.
 * @returns the sentence.
 */
export function sentenceAt(text: string, at: number): string {
  let start = 0
  for (const match of text.matchAll(sentenceEnd)) {
    const end = match.index + match[0].length
    if (end > at) return text.slice(start, end).trim()
    start = end
  }
  return text.slice(start).trim()
}

/**
 * The offset of a click within its block's own text.
 *
 * @param block the block.
 * @param event the click.
 * @returns the offset, or undefined where the click is not on text.
 */
function offsetIn(block: Element, event: MouseEvent): number | undefined {
  const caret = document.caretRangeFromPoint?.(event.clientX, event.clientY)
  if (!caret || !block.contains(caret.startContainer)) return undefined
  const before = document.createRange()
  before.setStart(block, 0)
  before.setEnd(caret.startContainer, caret.startOffset)
  const fragment = before.cloneContents()
  for (const extra of fragment.querySelectorAll('rt, rp, [data-added]')) extra.remove()
  return (fragment.textContent ?? '').replace(/\s+/g, ' ').trimStart().length
}

/**
 * Add the controls once a Chinese voice is known.
 *
 * @param synthesis the speech synthesis.
 * @param voice the voice to read with.
 */
function addControls(synthesis: SpeechSynthesis, voice: SpeechSynthesisVoice): void {
  const panel = document.querySelector('.zg-options-body')
  const main = document.querySelector('main')
  if (!panel || !main || panel.querySelector('.zg-read')) return
  const text = labels[/\p{Script=Han}/u.test(panel.closest('details')?.querySelector('summary')?.textContent ?? '') ? 'zh' : 'en']
  const speak = (words: string): void => {
    synthesis.cancel()
    const utterance = new SpeechSynthesisUtterance(words)
    utterance.voice = voice
    utterance.lang = voice.lang
    utterance.addEventListener('end', () => {
      button.textContent = text.read
    })
    button.textContent = text.stop
    synthesis.speak(utterance)
  }
  const button = Object.assign(document.createElement('button'), {type: 'button', className: 'zg-read', textContent: text.read})
  button.dataset['added'] = ''
  button.addEventListener('click', () => {
    if (button.textContent === text.stop) {
      synthesis.cancel()
      button.textContent = text.read
    } else speak(ownText(main))
  })
  const toggle = document.createElement('label')
  toggle.className = 'zg-toggle'
  toggle.dataset['added'] = ''
  const box = Object.assign(document.createElement('input'), {type: 'checkbox', className: 'zg-read-sentence'})
  box.dataset['added'] = ''
  const name = Object.assign(document.createElement('span'), {textContent: text.sentence})
  name.dataset['added'] = ''
  toggle.append(box, name)
  panel.append(button, toggle)
  main.addEventListener('click', (event) => {
    if (!box.checked || !(event.target instanceof Element) || event.target.closest('[data-term], a, button')) return
    const block = event.target.closest('p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote, dd')
    const at = block ? offsetIn(block, event) : undefined
    if (block && at !== undefined) speak(sentenceAt(ownText(block), at))
  })
}

/** Offer reading aloud where the browser has a Chinese voice, now or once its voices have loaded. */
export const readAloud: Feature = () => {
  const synthesis = window.speechSynthesis
  if (!synthesis) return
  const offer = (): boolean => {
    const voice = chineseVoice(synthesis)
    if (voice) addControls(synthesis, voice)
    return voice !== undefined
  }
  if (!offer()) synthesis.addEventListener('voiceschanged', offer)
}
