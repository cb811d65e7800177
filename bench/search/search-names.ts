import { foldText } from '@smartgate/shared-models';

/**
 * Vietnamese family names with their rough share of the population, in percent. The shares are
 * estimates that only give the seeded names a realistic skew: a few family names (Nguyễn first)
 * are shared by very many people.
 */
const VIETNAMESE_FAMILY_NAMES: readonly [string, number][] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Huỳnh', 4],
  ['Phan', 4],
  ['Vũ', 4],
  ['Võ', 3],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 2],
  ['Hồ', 1],
  ['Ngô', 1],
  ['Dương', 1],
  ['Lý', 1],
  ['Đinh', 1],
  ['Trịnh', 1],
  ['Mai', 1],
  ['Lương', 1],
];

const VIETNAMESE_MIDDLE_NAMES = {
  male: ['Văn', 'Văn', 'Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Công', 'Thanh', 'Xuân', 'Đình', 'Anh'],
  female: ['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Kim', 'Bảo', 'Phương', 'Hồng'],
};

const VIETNAMESE_GIVEN_NAMES = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Duy',
    'Đức',
    'Đạt',
    'Hải',
    'Hiếu',
    'Hùng',
    'Huy',
    'Khánh',
    'Khoa',
    'Long',
    'Lộc',
    'Nam',
    'Nghĩa',
    'Phong',
    'Phúc',
    'Quang',
    'Sơn',
    'Tài',
    'Tâm',
    'Thắng',
    'Thành',
    'Thịnh',
    'Toàn',
    'Trung',
    'Tú',
    'Tuấn',
    'Việt',
    'Vinh',
    'Ân',
    'Ẩn',
    'Đông',
    'Ước',
  ],
  female: [
    'Anh',
    'Ánh',
    'Châu',
    'Diễm',
    'Dung',
    'Giang',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hiền',
    'Hoa',
    'Hồng',
    'Hương',
    'Lan',
    'Liên',
    'Linh',
    'Loan',
    'Mai',
    'My',
    'Nga',
    'Ngân',
    'Ngọc',
    'Nhung',
    'Oanh',
    'Phương',
    'Quyên',
    'Thảo',
    'Thu',
    'Thủy',
    'Trang',
    'Trâm',
    'Uyên',
    'Vân',
    'Vy',
    'Yến',
    'Ý',
  ],
};

/** Khmer family names as Cambodian passports romanize them (no diacritics). */
const KHMER_FAMILY_NAMES = [
  'Sok',
  'Chea',
  'Chan',
  'Keo',
  'Kim',
  'Lim',
  'Meas',
  'Ouk',
  'Pich',
  'Prak',
  'Sam',
  'Seng',
  'Sorn',
  'Touch',
  'Vann',
  'Heng',
  'Hong',
  'Ly',
  'Mao',
  'Nhem',
  'Phan',
  'Sar',
  'Tep',
  'Yim',
];

const KHMER_GIVEN_NAMES = {
  male: [
    'Dara',
    'Kosal',
    'Makara',
    'Narith',
    'Rathana',
    'Vibol',
    'Virak',
    'Rith',
    'Sovann',
    'Visal',
    'Piseth',
    'Samnang',
    'Chanthou',
    'Vuthy',
  ],
  female: [
    'Sophea',
    'Sopheap',
    'Vanna',
    'Bopha',
    'Pisey',
    'Sokha',
    'Sreymom',
    'Thida',
    'Kunthea',
    'Chenda',
    'Leakhena',
    'Sokunthea',
    'Malis',
    'Raksmey',
  ],
};

/** Names and their folded forms as parallel arrays, which SQL indexes with the same random number. */
export interface NameList {
  names: string[];
  folded: string[];
}

function nameList(names: readonly string[]): NameList {
  return { names: [...names], folded: names.map(foldText) };
}

/** Repeats each family name by its share, so a uniform pick follows the shares. */
function weighted(entries: readonly [string, number][]): string[] {
  return entries.flatMap(([name, share]) => Array.from({ length: share }, () => name));
}

/** Every name part the seed combines, in the shapes the seeding SQL reads. */
export const SEED_NAMES = {
  vietnameseFamily: nameList(weighted(VIETNAMESE_FAMILY_NAMES)),
  vietnameseMiddleMale: nameList(VIETNAMESE_MIDDLE_NAMES.male),
  vietnameseMiddleFemale: nameList(VIETNAMESE_MIDDLE_NAMES.female),
  vietnameseGivenMale: nameList(VIETNAMESE_GIVEN_NAMES.male),
  vietnameseGivenFemale: nameList(VIETNAMESE_GIVEN_NAMES.female),
  khmerFamily: nameList(KHMER_FAMILY_NAMES),
  khmerGivenMale: nameList(KHMER_GIVEN_NAMES.male),
  khmerGivenFemale: nameList(KHMER_GIVEN_NAMES.female),
};
