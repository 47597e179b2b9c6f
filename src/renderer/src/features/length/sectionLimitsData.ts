import data from '../../../../../resources/section-limits.json'
import { parseSectionLimits } from '@shared/length/sectionLimits'

/** The newsroom's headline and SEO title limits (resources/section-limits.json, checked by a unit test). */
export const sectionLimits = parseSectionLimits(data)
