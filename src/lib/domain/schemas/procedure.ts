import { z } from 'zod';
import type { Result } from '$lib/domain/errors';
import type { MessageKey } from '$lib/i18n';
import { addIssue, parseWith } from '$lib/domain/validate/zod-errors';
import { Dong, LocalDate, Text, TimeLimit } from './common';
import { ProvinceCode } from './unit';

/**
 * A procedure of the commune catalog as in force from `effective_from` (DOMAIN.md 8.1): one
 * CouchDB document `procedure:<code>` in the upstream `catalog` database, replicated down read-only.
 * A received dossier keeps a copy of the version that applied on its receipt date.
 */

/**
 * National procedure code of the National Database on Administrative Procedures: `d.dddddd`
 * (`1.001193`), optionally with an online-service suffix (`1.000894.01`) or an agency suffix
 * (`1.004873.000.00.00.H14`) (DOMAIN.md 3.3, [R]).
 */
export const PROCEDURE_CODE = /^\d\.\d{6}(\.[0-9A-Z]{1,5})*$/;
export const ProcedureCode = z
	.string()
	.max(40)
	.refine((s) => PROCEDURE_CODE.test(s), {
		params: { messageKey: 'error.procedure_code' satisfies MessageKey }
	});
export type ProcedureCode = z.infer<typeof ProcedureCode>;

/**
 * Fields (lĩnh vực) the commune catalog uses. The official list of field codes is issued with the
 * one-stop circular (TT 01/2018 Art 20, now TT 03/2025); these snake_case keys are MotCua's own and
 * the name is what the UI shows. New fields are data: any snake_case code is accepted.
 */
export const PROCEDURE_FIELDS = {
	ho_tich: 'Hộ tịch',
	chung_thuc: 'Chứng thực',
	cu_tru: 'Đăng ký, quản lý cư trú',
	bao_tro_xa_hoi: 'Bảo trợ xã hội',
	ho_kinh_doanh: 'Thành lập và hoạt động của hộ kinh doanh',
	dat_dai: 'Đất đai'
} as const;

export const ProcedureField = z.object({
	code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
	name: Text(200)
});
export type ProcedureField = z.infer<typeof ProcedureField>;

/** A time limit whose count fits its unit: 0 for `same_day`, at least 1 otherwise. */
const CountedTimeLimit = TimeLimit.superRefine((t, ctx) => {
	if (t.unit === 'same_day' ? t.value !== 0 : t.value < 1) {
		addIssue(ctx, ['value'], t.unit === 'same_day' ? 'error.same_day_value' : 'error.positive');
	}
});

/**
 * Extra time the law allows in a stated case, e.g. marriage registration: + up to 5 working days
 * when the conditions must be verified (Luật Hộ tịch 2014 Art 18(2)).
 */
export const TimeLimitExtension = z.object({
	unit: TimeLimit.shape.unit.exclude(['same_day']),
	value: z.number().int().min(1).max(365),
	/** When the extension applies, in Vietnamese ("nếu cần xác minh"). */
	reason: Text(300)
});
export type TimeLimitExtension = z.infer<typeof TimeLimitExtension>;

/**
 * What a supplement request does to the clock (DOMAIN.md decisions; 3.5): `restart` counts the
 * time again from zero when the complete dossier arrives (Decree 61/2018 Art 19(4), assumed carried
 * over into Decree 118/2025); `pause` stops the clock while the citizen supplements (electronic
 * bundles, Decree 63/2024 as amended by 301/2026 Art 4(7)). MotCua restarts by default.
 */
export const SupplementPolicy = z.enum(['restart', 'pause']);
export type SupplementPolicy = z.infer<typeof SupplementPolicy>;

/**
 * One answer of the intake question that picks a conditional time limit (issue 18 point 4): the
 * law gives another limit, or another supplement policy, in a stated case, e.g. marriage
 * registration takes up to 5 working days when the conditions must be verified (Luật Hộ tịch 2014
 * Art 18(2)), a supplement of civil-status data only is settled the same day (Art 29(2)), an
 * electronic birth bundle pauses rather than restarts after a supplement (Decree 63/2024 Art 7 as
 * amended by 301/2026 Art 4(7)). An absent `time_limit` or `supplement_policy` keeps the
 * procedure's own.
 */
export const TimeLimitCase = z.object({
	/** Stable within the procedure, snake_case; stored on the dossier. */
	id: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
	/** The answer as the intake offers it and Form 01 prints it ("Cần xác minh điều kiện kết hôn"). */
	label: Text(300),
	time_limit: CountedTimeLimit.optional(),
	supplement_policy: SupplementPolicy.optional(),
	/** The text that sets this case (article and instrument), printed beside the time limit. */
	basis: Text(300)
});
export type TimeLimitCase = z.infer<typeof TimeLimitCase>;

/** The one question the intake asks to pick the case; the default answer keeps the base limit. */
export const TimeLimitQuestion = z
	.object({
		question: Text(300),
		/** The answer that keeps `time_limit` and `supplement_policy` ("Không cần xác minh"). */
		default_label: Text(300),
		cases: z.array(TimeLimitCase).min(1).max(5)
	})
	.superRefine((q, ctx) => {
		const ids = new Set<string>();
		q.cases.forEach((c, i) => {
			if (ids.has(c.id)) addIssue(ctx, ['cases', i, 'id'], 'error.duplicate', { value: c.id });
			ids.add(c.id);
		});
	});
export type TimeLimitQuestion = z.infer<typeof TimeLimitQuestion>;

/** What a fee line is charged per. */
export const FeePer = z.enum(['case', 'page', 'copy', 'contract', 'document']);
export type FeePer = z.infer<typeof FeePer>;

/** Submission channel a fee line applies to, when the amount differs (residence fees). */
export const FeeChannel = z.enum(['direct', 'online']);
export type FeeChannel = z.infer<typeof FeeChannel>;

/**
 * One line of a procedure's fee table. Page-tiered fees (certification of copies, TT 226/2016/
 * TT-BTC Art 4) use `per: 'page'` with the page range and the cap per copy; see `pageTieredFee`.
 */
export const FeeLine = z
	.object({
		label: Text(200),
		/** In đồng; 0 for a line that is waived. */
		amount: Dong,
		per: FeePer,
		/** For `per: 'page'`: the pages of one copy this rate applies to (1-based, inclusive). */
		pages: z
			.object({
				from: z.number().int().min(1).max(10_000),
				to: z.number().int().min(1).max(10_000).optional()
			})
			.optional(),
		/** For `per: 'page'`: the most one copy can cost in total, whatever its page count. */
		max_per_copy: Dong.optional(),
		channel: FeeChannel.optional(),
		note: Text(500).optional(),
		/**
		 * Waived by law (lệ phí được miễn), e.g. on-time birth and death registration, guardianship,
		 * domestic marriage (Luật Hộ tịch 2014 Art 11): the amount is 0 and `basis` names the text.
		 * The intake offers it as an exemption the officer ticks, and the receipt prints it.
		 */
		exempt: z.boolean().optional(),
		basis: Text(300).optional()
	})
	.superRefine((f, ctx) => {
		if (f.exempt === true && f.amount !== 0) addIssue(ctx, ['amount'], 'error.fee_not_free');
		if (f.pages?.to !== undefined && f.pages.to < f.pages.from) {
			addIssue(ctx, ['pages', 'to'], 'error.range_order');
		}
		if (f.per !== 'page' && (f.pages !== undefined || f.max_per_copy !== undefined)) {
			addIssue(ctx, ['per'], 'error.fee_pages_need_page');
		}
	});
export type FeeLine = z.infer<typeof FeeLine>;

/**
 * Who sets the amounts: `none` (no fee by law), `national` (a Ministry of Finance circular, e.g.
 * certification under TT 226/2016/TT-BTC), `province` (the provincial People's Council, e.g.
 * civil-status fees under TT 85/2019/TT-BTC; the catalog carries them as data edited upstream),
 * `unknown` (the source the entry was imported from says nothing about fees: the catalog shows
 * "chưa có" and the officer types the amount, never a made-up number).
 */
export const FeeSetBy = z.enum(['none', 'national', 'province', 'unknown']);
export type FeeSetBy = z.infer<typeof FeeSetBy>;

/**
 * The fee table one province set for a procedure whose fees the law delegates to the provincial
 * People's Council (civil-status fees under TT 85/2019/TT-BTC; DOMAIN.md decisions: "civil-status
 * fees are provincial: the catalog carries them as data, editable upstream"). Upstream writes it
 * into the procedure's catalog document under the province's code; MotCua ships none, since
 * DOMAIN.md gives no province's amounts.
 */
export const ProvinceFees = z.object({
	fees: z.array(FeeLine).max(30),
	/** The resolution that sets them ("Nghị quyết số …/NQ-HĐND tỉnh …"). */
	basis: Text(300),
	note: Text(1000).optional()
});
export type ProvinceFees = z.infer<typeof ProvinceFees>;

/** One item of the dossier (thành phần hồ sơ), as listed on Form 01. */
export const RequiredDocument = z.object({
	/** Stable within the procedure, snake_case: lets a dossier tick what was handed in. */
	id: z.string().regex(/^[a-z][a-z0-9_]{0,59}$/),
	name: Text(300),
	/** Originals to submit or show (bản chính). */
	originals: z.number().int().min(0).max(20),
	/** Copies to submit (bản sao, certified or photocopy). */
	copies: z.number().int().min(0).max(20),
	/**
	 * The data can be taken from a connected national database instead of paper, so the office must
	 * not ask for it (Decree 118/2025 Art 4(2a) as added by 309/2026).
	 */
	replaceable_by_database: z.boolean(),
	/** Only needed in some cases (explained in `note`). */
	optional: z.boolean().optional(),
	note: Text(500).optional()
});
export type RequiredDocument = z.infer<typeof RequiredDocument>;

/**
 * Receipt form family: the one-stop Form 01 of TT 03/2025/TT-VPCP, or the police CT04 slip of
 * TT 66/2023/TT-BCA for residence procedures (DOMAIN.md 1.3).
 */
export const ReceiptForm = z.enum(['TT03-01', 'CT04']);
export type ReceiptForm = z.infer<typeof ReceiptForm>;

/** Facts of a procedure that a source may leave uncertain. */
export const ProcedureFact = z.enum([
	'code',
	'name',
	'time_limit',
	'fees',
	'documents',
	'legal_basis',
	'competent_authority'
]);
export type ProcedureFact = z.infer<typeof ProcedureFact>;

/**
 * How far the catalog entry can be trusted. `verify` marks entries with facts that DOMAIN.md tags
 * [M] (background knowledge) or "uncertain": the UI says "check against your province's published
 * list" (Quyết định công bố TTHC, which is authoritative for the commune). `note` keeps the source
 * tags of each fact.
 */
export const Confidence = z
	.object({
		level: z.enum(['sourced', 'verify']),
		unverified: z.array(ProcedureFact).max(ProcedureFact.options.length),
		note: Text(1000)
	})
	.superRefine((c, ctx) => {
		if ((c.level === 'verify') !== c.unverified.length > 0) {
			addIssue(ctx, ['level'], 'error.confidence_level');
		}
	});
export type Confidence = z.infer<typeof Confidence>;

/**
 * Where a catalog entry comes from (issue 18 point 7): the decision that publishes it (Quyết định
 * công bố của UBND tỉnh, or the national database's decision), the address of the text that was
 * read, and for an imported list the file row. Shown on the catalog page.
 */
export const ProcedureSource = z.object({
	/** "Quyết định số 1234/QĐ-UBND ngày 30/6/2025 của UBND tỉnh Điện Biên". */
	decision: Text(300),
	url: z
		.string()
		.max(500)
		.regex(/^https?:\/\/\S+$/)
		.optional(),
	/** The province whose list it is (2-digit code, Decision 19/2025/QĐ-TTg). */
	province: ProvinceCode.optional(),
	/** The file the upstream office imported and the row of that file (1-based, as a spreadsheet shows). */
	file: Text(200).optional(),
	row: z.number().int().min(1).max(1_000_000).optional()
});
export type ProcedureSource = z.infer<typeof ProcedureSource>;

export const Procedure = z
	.object({
		_id: z.string().startsWith('procedure:'),
		_rev: z.string().optional(),
		type: z.literal('procedure'),
		code: ProcedureCode,
		name: Text(300),
		/** Absent for entries imported from a province's list, which has no English names. */
		name_en: Text(300).optional(),
		field: ProcedureField,
		level: z.literal('commune'),
		time_limit: CountedTimeLimit,
		time_limit_extension: TimeLimitExtension.optional(),
		time_limit_note: Text(1000).optional(),
		supplement_policy: SupplementPolicy.default('restart'),
		/** The intake question of a conditional time limit (issue 18 point 4); absent: none. */
		time_limit_question: TimeLimitQuestion.optional(),
		fee_set_by: FeeSetBy,
		fees: z.array(FeeLine).max(30),
		fee_note: Text(1000).optional(),
		/** Provincial fee tables by 2-digit province code, for `fee_set_by: 'province'`. */
		province_fees: z.partialRecord(ProvinceCode, ProvinceFees).optional(),
		/**
		 * Empty only when the source lists none (an imported row without "Thành phần hồ sơ"): the
		 * catalog shows "chưa có" rather than an invented list.
		 */
		required_documents: z.array(RequiredDocument).max(50),
		legal_basis: z.array(Text(300)).min(1).max(30),
		receipt_form: ReceiptForm,
		/** Result code of the national database, e.g. KQ.G15.000032 (marriage certificate) [R]. */
		result_code: z
			.string()
			.regex(/^[0-9A-Z]+(\.[0-9A-Z]+)+$/)
			.max(40)
			.optional(),
		/** Who decides (DOMAIN.md fact 2: kept apart from the receiving unit), e.g. "UBND xã". */
		competent_authority: Text(200),
		/** Who prepares the result, e.g. "Công chức Tư pháp – Hộ tịch". */
		handled_by: Text(200).optional(),
		version: z.number().int().min(1),
		effective_from: LocalDate,
		/** The first day the version no longer applies ("hết hiệu lực kể từ ngày"); exclusive. */
		effective_to: LocalDate.optional(),
		confidence: Confidence,
		source: ProcedureSource.optional()
	})
	.superRefine((p, ctx) => {
		if (p._id !== `procedure:${p.code}`) {
			addIssue(ctx, ['_id'], 'error.doc_id', { expected: `procedure:${p.code}` });
		}
		if (p.effective_to !== undefined && p.effective_to <= p.effective_from) {
			addIssue(ctx, ['effective_to'], 'error.date_after', { after: p.effective_from });
		}
		const ids = new Set<string>();
		p.required_documents.forEach((d, i) => {
			if (ids.has(d.id)) {
				addIssue(ctx, ['required_documents', i, 'id'], 'error.duplicate', { value: d.id });
			}
			ids.add(d.id);
		});
		if (p.fee_set_by === 'none') {
			p.fees.forEach((f, i) => {
				if (f.amount !== 0) addIssue(ctx, ['fees', i, 'amount'], 'error.fee_not_free');
			});
		}
	});
export type Procedure = z.infer<typeof Procedure>;

/** Parses an untrusted procedure document (seed file, replicated doc); never throws. */
export function parseProcedure(input: unknown): Result<Procedure> {
	return parseWith(Procedure, input);
}
