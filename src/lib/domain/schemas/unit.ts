import { z } from 'zod';
import type { Result } from '$lib/domain/errors';
import type { MessageKey } from '$lib/i18n';
import { addIssue, parseWith } from '$lib/domain/validate/zod-errors';
import { LocalDate, Text } from './common';

/**
 * Administrative units after the 1 Jul 2025 reform: 34 provinces (2-digit codes) and 3,321
 * commune-level units (5-digit codes), no district level (Decision 19/2025/QĐ-TTg; DOMAIN.md 6.2).
 * A unit document `unit:<code>` lives in the upstream `catalog` database.
 */

/**
 * The 34 provinces in force from 1 Jul 2025 (Decision 19/2025/QĐ-TTg, codes [S] via DOMAIN.md
 * 6.2). A merged province keeps the code of one predecessor. Names follow Resolution 202/2025/QH15
 * on the merger of provinces [M: from memory, check against the gazette].
 */
export const PROVINCES_2025 = {
	'01': 'Thành phố Hà Nội',
	'04': 'Cao Bằng',
	'08': 'Tuyên Quang',
	'11': 'Điện Biên',
	'12': 'Lai Châu',
	'14': 'Sơn La',
	'15': 'Lào Cai',
	'19': 'Thái Nguyên',
	'20': 'Lạng Sơn',
	'22': 'Quảng Ninh',
	'24': 'Bắc Ninh',
	'25': 'Phú Thọ',
	'31': 'Thành phố Hải Phòng',
	'33': 'Hưng Yên',
	'37': 'Ninh Bình',
	'38': 'Thanh Hóa',
	'40': 'Nghệ An',
	'42': 'Hà Tĩnh',
	'44': 'Quảng Trị',
	'46': 'Thành phố Huế',
	'48': 'Thành phố Đà Nẵng',
	'51': 'Quảng Ngãi',
	'52': 'Gia Lai',
	'56': 'Khánh Hòa',
	'66': 'Đắk Lắk',
	'68': 'Lâm Đồng',
	'75': 'Đồng Nai',
	'79': 'Thành phố Hồ Chí Minh',
	'80': 'Tây Ninh',
	'82': 'Đồng Tháp',
	'86': 'Vĩnh Long',
	'91': 'An Giang',
	'92': 'Thành phố Cần Thơ',
	'96': 'Cà Mau'
} as const;

type ProvinceKey = keyof typeof PROVINCES_2025;

export const ProvinceCode = z.enum(Object.keys(PROVINCES_2025) as [ProvinceKey, ...ProvinceKey[]]);
export type ProvinceCode = z.infer<typeof ProvinceCode>;

/** Commune-level unit code: 5 digits, unique nationally without a prefix (Decision 124/2004). */
export const CommuneCode = z.string().regex(/^\d{5}$/);
export type CommuneCode = z.infer<typeof CommuneCode>;

/** Kind of commune-level unit: xã (rural), phường (urban ward), đặc khu (special zone, islands). */
export const UnitKind = z.enum(['xa', 'phuong', 'dac_khu']);
export type UnitKind = z.infer<typeof UnitKind>;

/**
 * Agency identifier in the QCVN 102:2016 layout used by dossier codes (TT 01/2018 Art 19):
 * `V1V2V3.Z1Z2.Y1Y2.MX1X2`, level 1 (`MX1X2`, M a letter A–Y) at the **right**, e.g.
 * `000.17.22.H56`. Digits, capital letters and dots, at most 35 characters (QĐ 20/2020/QĐ-TTg
 * Art 4). Taken from the province's published list, never derived (DOMAIN.md decisions, 6.3).
 */
export const AGENCY_CODE = /^([0-9A-Z]+\.)*[A-Y]\d{2}$/;
export const AgencyCode = z
	.string()
	.max(35)
	.refine((s) => AGENCY_CODE.test(s), {
		params: { messageKey: 'error.agency_code' satisfies MessageKey }
	});
export type AgencyCode = z.infer<typeof AgencyCode>;

export const AdminUnit = z
	.object({
		_id: z.string().startsWith('unit:'),
		_rev: z.string().optional(),
		type: z.literal('unit'),
		code: CommuneCode,
		/** Name without the kind, e.g. "Na Sơn" (the UI prefixes "xã"/"phường"/"đặc khu"). */
		name: Text(100),
		kind: UnitKind,
		province_code: ProvinceCode,
		province_name: Text(100),
		/** Receiving agency's identifier: the first part of every dossier code it issues. */
		agency_code: AgencyCode,
		/** The receiving office, e.g. "Trung tâm Phục vụ hành chính công xã Na Sơn". */
		agency_name: Text(200),
		/** The parent agency printed above it on the forms, e.g. "UBND xã Na Sơn". */
		parent_agency_name: Text(200),
		valid_from: LocalDate,
		/** First day the unit no longer exists (exclusive). */
		valid_to: LocalDate.optional(),
		/** Codes of the units merged into this one (pre-2025 commune codes). */
		predecessors: z.array(CommuneCode).max(50).optional(),
		/** Where citizens come: the office's street address (shown on the public status page). */
		address: Text(300).optional(),
		/**
		 * The office's phone, printed where Form 02 says whom to call for guidance (DOMAIN.md 2.2);
		 * absent on older unit records: the form leaves a line to write it by hand.
		 */
		phone: Text(40).optional(),
		/** Demo data whose codes must be replaced from the province's published list. */
		demo: z.boolean().optional(),
		note: Text(1000).optional()
	})
	.superRefine((u, ctx) => {
		if (u._id !== `unit:${u.code}`) {
			addIssue(ctx, ['_id'], 'error.doc_id', { expected: `unit:${u.code}` });
		}
		if (u.valid_to !== undefined && u.valid_to <= u.valid_from) {
			addIssue(ctx, ['valid_to'], 'error.date_after', { after: u.valid_from });
		}
	});
export type AdminUnit = z.infer<typeof AdminUnit>;

/** Parses an untrusted unit document (seed file, replicated doc); never throws. */
export function parseAdminUnit(input: unknown): Result<AdminUnit> {
	return parseWith(AdminUnit, input);
}
