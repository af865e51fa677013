/**
 * The language tag of a Chinese article, so that browsers pick the glyphs,
 * fonts and voices of its script: one rule for every page.
 */
import {fold} from '../../matcher/index.js'
import {matterText} from './matter.js'

/** Regions and the script they write. */
const regionTags: Record<string, string> = {cn: 'zh-Hans', sg: 'zh-Hans', tw: 'zh-Hant', hk: 'zh-Hant', mo: 'zh-Hant'}

/**
 * The language tag of an article.
 *
 * @param markdown the article.
 * @param matter its front matter (`lang`, or `region`: cn, tw, hk…).
 * @param region a region given by the caller, which wins. (default: none)
 * @returns a tag such as `zh-Hans` or `zh-Hant`.
 */
export function chineseLang(markdown: string, matter: Readonly<Record<string, unknown>>, region?: string): string {
  const fromRegion = regionTags[(region ?? matterText(matter['region']) ?? '').toLowerCase()]
  return fromRegion ?? matterText(matter['lang']) ?? chineseVariant(markdown)
}

/**
 * The script of a Chinese text: traditional when a good share of its Han
 * characters are traditional ones (folding changes them), simplified otherwise.
 *
 * @param markdown the article.
 * @returns `zh-Hant` or `zh-Hans`.
 */
export function chineseVariant(markdown: string): string {
  const han = markdown.match(/\p{Script=Han}/gu) ?? []
  const traditional = han.filter((character) => fold(character) !== character).length
  return traditional * 10 > han.length ? 'zh-Hant' : 'zh-Hans'
}
