import data from '../../../../../resources/house-style.json'
import { parseHouseStyle } from '@shared/style/houseStyle'

/** The newsroom's house style as shipped (resources/house-style.json; its unit test keeps it valid). */
export const shippedHouseStyle = parseHouseStyle(data)
