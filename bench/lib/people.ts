/**
 * Realistic Vietnamese applicants for the benchmark generator: names, personal ids that agree
 * with the date of birth, mobile numbers and addresses of the demo communes. Deterministic: all
 * randomness comes from the `rand` the caller passes (a seeded PRNG).
 */

export type Rand = () => number;

/** A seeded PRNG (mulberry32): the same seed gives the same data set on every machine. */
export function seeded(seed: number): Rand {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const pick = <T>(rand: Rand, items: readonly T[]): T =>
	items[Math.floor(rand() * items.length)] as T;

const digits = (rand: Rand, n: number) =>
	Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');

// Family names weighted roughly by frequency, with the Thái and Hmông names of Điện Biên.
const FAMILY = [
	...Array<string>(8).fill('Nguyễn'),
	...Array<string>(3).fill('Trần'),
	...Array<string>(3).fill('Lê'),
	'Phạm',
	'Phạm',
	'Hoàng',
	'Vũ',
	'Đặng',
	'Bùi',
	'Đỗ',
	'Lò',
	'Lò',
	'Quàng',
	'Lường',
	'Cà',
	'Tòng',
	'Giàng',
	'Vàng',
	'Mùa',
	'Sùng'
];
const MIDDLE_MALE = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Thanh', 'A'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Thị Thu'];
const GIVEN_MALE = [
	'Hùng',
	'Dũng',
	'Nam',
	'Minh',
	'Tuấn',
	'Sơn',
	'Long',
	'Khánh',
	'Phong',
	'Chính'
];
const GIVEN_FEMALE = [
	'Hoa',
	'Lan',
	'Hương',
	'Mai',
	'Thảo',
	'Linh',
	'Phương',
	'Trang',
	'Dung',
	'Ánh'
];
const HAMLETS = ['Na Sơn', 'Huổi Hốc', 'Pá Vạt', 'Co Đứa', 'Nà Pen', 'Tân Thanh', 'Him Lam'];
// Old province codes of birth registration (mostly Điện Biên, 011).
const PROVINCES = ['011', '011', '011', '011', '012', '001', '014', '024', '036'];
const MOBILE_PREFIXES = [
	'091',
	'094',
	'098',
	'097',
	'096',
	'086',
	'088',
	'032',
	'035',
	'038',
	'070'
];

export interface Applicant {
	readonly kind: 'person';
	readonly name: string;
	readonly citizen_id: string;
	readonly phone: string;
	readonly email: string;
	readonly address: string;
	readonly birth_date: string;
}

/** One citizen at the desk: the id's century-and-sex digit and year agree with the birth date. */
export function applicant(rand: Rand, commune: string): Applicant {
	const female = rand() < 0.5;
	const name = [
		pick(rand, FAMILY),
		pick(rand, female ? MIDDLE_FEMALE : MIDDLE_MALE),
		pick(rand, female ? GIVEN_FEMALE : GIVEN_MALE)
	].join(' ');
	const year = 1950 + Math.floor(rand() * 56);
	const month = 1 + Math.floor(rand() * 12);
	const day = 1 + Math.floor(rand() * 28);
	const birth = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	const century = year >= 2000 ? 2 : 0;
	const id = `${pick(rand, PROVINCES)}${century + (female ? 1 : 0)}${String(year % 100).padStart(2, '0')}${digits(rand, 6)}`;
	return {
		kind: 'person',
		name,
		citizen_id: id,
		phone: `${pick(rand, MOBILE_PREFIXES)}${digits(rand, 7)}`,
		email: '',
		address: `Bản ${pick(rand, HAMLETS)}, xã ${commune}, tỉnh Điện Biên`,
		birth_date: birth
	};
}

/** The officer working the desk device of `slot`. */
export const officerOf = (slot: number) => ({
	id: `cb-${String(slot + 1).padStart(2, '0')}`,
	name: `${pick(seeded(slot + 7), ['Lò', 'Quàng', 'Nguyễn', 'Cà'])} ${
		slot % 2 ? `Thị ${GIVEN_FEMALE[slot] ?? 'Hoa'}` : `Văn ${GIVEN_MALE[slot] ?? 'Minh'}`
	}`
});
