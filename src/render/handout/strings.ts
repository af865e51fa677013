/**
 * The handout's interface strings in English and Chinese, read through
 * i18next with `createTranslator('handout', …)`.
 */
import type {UiStrings} from '../common/translator.js'

export const handoutStrings: UiStrings = {
  en: {
    untitled: 'Untitled article',
    author: 'Author: {{value}}',
    date: 'Date: {{value}}',
    source: 'Source: {{value}}',
    madeWith: 'Annotated with zhgloss from the glossary “{{glossary}}” ({{count}} entries); glosses in {{language}}.',
    madeWithUnnamed: 'Annotated with zhgloss from a glossary of {{count}} entries; glosses in {{language}}.',
    howToFirst: 'Each term has its pinyin and a number where it first occurs; the numbers refer to the glossary at the end.',
    howToAll: 'Every occurrence of a term has its pinyin and a number; the numbers refer to the glossary at the end.',
    howToFirstNoPinyin: 'Each term is numbered where it first occurs; the numbers refer to the glossary at the end.',
    howToAllNoPinyin: 'Every occurrence of a term is numbered; the numbers refer to the glossary at the end.',
    bilingual: 'Each paragraph is followed by its {{language}} translation.',
    sentenceGap: ' ',
    glossary: 'Glossary',
    number: 'No.',
    term: 'Term',
    otherForms: 'Other forms',
    pinyin: 'Pinyin',
    gloss: '{{language}}',
    note: 'Note',
    occurrences: 'Count',
    noTerms: 'No glossary term occurs in this article.',
    name: 'Name',
    day: 'Date',
    exercises: 'Exercises',
    matchHeading: 'A. Match each term with its meaning',
    fillHeading: 'B. Fill in the missing term',
    answers: 'Answers',
    paragraph: 'Paragraph {{number}}'
  },
  zh: {
    untitled: '无题文章',
    author: '作者：{{value}}',
    date: '日期：{{value}}',
    source: '来源：{{value}}',
    madeWith: '由 zhgloss 依据术语表“{{glossary}}”（共 {{count}} 条）注释；释义语言：{{language}}。',
    madeWithUnnamed: '由 zhgloss 依据共 {{count}} 条的术语表注释；释义语言：{{language}}。',
    howToFirst: '术语首次出现处标注拼音和编号，编号对应文末术语表。',
    howToAll: '术语每次出现处均标注拼音和编号，编号对应文末术语表。',
    howToFirstNoPinyin: '术语首次出现处标注编号，编号对应文末术语表。',
    howToAllNoPinyin: '术语每次出现处均标注编号，编号对应文末术语表。',
    bilingual: '每段之后附{{language}}译文。',
    sentenceGap: '',
    glossary: '术语表',
    number: '序号',
    term: '术语',
    otherForms: '其他写法',
    pinyin: '拼音',
    gloss: '{{language}}释义',
    note: '说明',
    occurrences: '次数',
    noTerms: '本文没有出现术语表中的术语。',
    name: '姓名',
    day: '日期',
    exercises: '练习',
    matchHeading: '一、将术语与释义连线',
    fillHeading: '二、填入缺少的术语',
    answers: '答案',
    paragraph: '第 {{number}} 段'
  }
}
