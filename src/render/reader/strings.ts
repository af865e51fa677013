/**
 * The reader's interface strings (controls, headings, labels) in English and
 * Chinese, read through i18next with `createTranslator('reader', …)`.
 */
import type {UiStrings} from '../common/translator.js'

export const readerStrings: UiStrings = {
  en: {
    untitled: 'Untitled article',
    alsoWritten: 'Also written',
    options: 'Reading options',
    pinyin: 'Pinyin over terms',
    pinyinAll: 'every occurrence',
    pinyinFirst: 'first occurrence only',
    pinyinNone: 'none',
    textPinyin: 'Pinyin over all text',
    tones: 'Tone colours',
    english: 'Show English glosses',
    translation: 'Translation',
    translationShown: 'beside the Chinese',
    translationHidden: 'hidden',
    density: 'Underline',
    densityAll: 'every occurrence',
    densityArticle: 'first in the article',
    densitySection: 'first in each section',
    index: 'Term index',
    indexCount: '{{count}} terms',
    occurrences: '{{count}} ×',
    previous: 'Previous occurrence',
    next: 'Next occurrence',
    close: 'Close',
    position: '{{term}}: {{current}} of {{total}}',
    glossary: 'Glossary',
    glossaryIntro: 'The numbers in the text refer to these entries.',
    translationHeading: 'English translation'
  },
  zh: {
    untitled: '无题文章',
    alsoWritten: '又作',
    options: '阅读设置',
    pinyin: '术语拼音',
    pinyinAll: '每次出现',
    pinyinFirst: '仅首次出现',
    pinyinNone: '不显示',
    textPinyin: '全文拼音',
    tones: '声调颜色',
    english: '显示英文释义',
    translation: '译文',
    translationShown: '与中文对照',
    translationHidden: '隐藏',
    density: '下划线',
    densityAll: '每次出现',
    densityArticle: '全文首次出现',
    densitySection: '每节首次出现',
    index: '术语索引',
    indexCount: '共 {{count}} 个术语',
    occurrences: '{{count}} 次',
    previous: '上一处',
    next: '下一处',
    close: '关闭',
    position: '{{term}}：第 {{current}} 处，共 {{total}} 处',
    glossary: '术语表',
    glossaryIntro: '正文中的编号对应以下条目。',
    translationHeading: '英文译文'
  }
}
