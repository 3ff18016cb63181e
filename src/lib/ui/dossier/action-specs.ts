import type { CorrectablePath } from '$lib/domain/schemas/events';
import { valueAt } from '$lib/domain/fold/corrections';
import type { DossierState } from '$lib/domain/fold/state';
import type { MessageKey } from '$lib/i18n';
import type { ActionName } from '$lib/app/commands';

/**
 * The lifecycle actions of the dossier page as data: each names its fields and how the typed
 * text becomes the command's input. The domain command validates; its errors come back by field.
 */
export interface FieldSpec {
	readonly name: string;
	readonly label: MessageKey;
	/** `agency`: a choice among the catalog's upstream units, blank for an agency outside MotCua. */
	readonly kind: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'agency';
	readonly options?: readonly { value: string; label: MessageKey }[];
	readonly initial?: string;
}

export interface ActionSpec {
	readonly name: ActionName;
	readonly label: MessageKey;
	readonly fields: readonly FieldSpec[];
	/** Form to print after the action succeeds (Forms 02, 03, 04, 05 of TT 03/2025). */
	readonly prints?: '02' | '03' | '04' | '05';
	readonly toInput: (values: Record<string, string>, state: DossierState) => unknown;
}

const opt = (value: string, label: MessageKey) => ({ value, label });
const optional = (s: string | undefined) => (s && s.trim() !== '' ? s.trim() : undefined);

/** 17:00 Vietnam time on a date picked in the form (the end of the office day). */
const vnEndOfDay = (date: string) => (date ? `${date}T10:00:00.000Z` : '');

export const ACTIONS: readonly ActionSpec[] = [
	{
		name: 'assign',
		label: 'action.assign',
		fields: [
			{ name: 'handler_name', label: 'action.handlerName', kind: 'text' },
			{ name: 'handler_id', label: 'action.handlerId', kind: 'text' }
		],
		toInput: (v) => ({ handler: { id: v.handler_id ?? '', name: v.handler_name ?? '' } })
	},
	{
		name: 'requestSupplement',
		label: 'action.requestSupplement',
		prints: '02',
		fields: [
			{ name: 'items', label: 'action.items', kind: 'textarea' },
			{ name: 'reason', label: 'field.reason', kind: 'textarea' },
			{ name: 'notice_no', label: 'action.noticeNo', kind: 'text' }
		],
		toInput: (v) => ({
			items: (v.items ?? '')
				.split('\n')
				.map((line) => line.trim())
				.filter((line) => line !== '')
				.map((name) => ({ name })),
			reason: v.reason ?? '',
			notice_no: v.notice_no ?? ''
		})
	},
	{ name: 'receiveSupplement', label: 'action.receiveSupplement', fields: [], toInput: () => ({}) },
	{
		name: 'resolve',
		label: 'action.resolve',
		fields: [
			{
				name: 'outcome',
				label: 'action.outcome',
				kind: 'select',
				initial: 'approved',
				options: [
					opt('approved', 'action.outcome.approved'),
					opt('rejected', 'action.outcome.rejected')
				]
			},
			{ name: 'result_doc_no', label: 'action.resultDocNo', kind: 'text' },
			{ name: 'note', label: 'action.resultNote', kind: 'textarea' }
		],
		toInput: (v) => ({
			outcome: v.outcome,
			result_doc_no: optional(v.result_doc_no),
			note: optional(v.note)
		})
	},
	{
		name: 'returnResult',
		label: 'action.returnResult',
		fields: [
			{
				name: 'method',
				label: 'action.method',
				kind: 'select',
				initial: 'desk',
				options: [opt('desk', 'action.method.desk'), opt('post', 'action.method.post')]
			},
			{ name: 'recipient', label: 'action.recipient', kind: 'text' },
			{
				name: 'satisfaction',
				label: 'action.satisfaction',
				kind: 'select',
				initial: '',
				options: [
					opt('', 'action.satisfaction.none'),
					opt('very_satisfied', 'action.satisfaction.very_satisfied'),
					opt('satisfied', 'action.satisfaction.satisfied'),
					opt('dissatisfied', 'action.satisfaction.dissatisfied')
				]
			}
		],
		toInput: (v) => ({
			method: v.method,
			recipient: optional(v.recipient),
			satisfaction: optional(v.satisfaction)
		})
	},
	{
		name: 'apologise',
		label: 'action.apologise',
		prints: '04',
		fields: [
			{ name: 'reason', label: 'field.reason', kind: 'textarea' },
			{ name: 'new_date', label: 'action.newDate', kind: 'date' },
			{ name: 'notice_no', label: 'action.noticeNo', kind: 'text' }
		],
		toInput: (v) => ({
			reason: v.reason ?? '',
			new_appointment_at: vnEndOfDay(v.new_date ?? ''),
			notice_no: v.notice_no ?? ''
		})
	},
	{
		name: 'refuse',
		label: 'action.refuse',
		prints: '03',
		fields: [
			{ name: 'reason', label: 'action.refuseReason', kind: 'textarea' },
			{ name: 'notice_no', label: 'action.noticeNo', kind: 'text' }
		],
		toInput: (v) => ({ reason: v.reason ?? '', notice_no: v.notice_no ?? '' })
	},
	{
		name: 'transfer',
		label: 'action.transfer',
		fields: [
			{ name: 'to_unit', label: 'field.to_unit', kind: 'agency', initial: '' },
			{ name: 'to_agency', label: 'field.to_agency', kind: 'text' },
			{ name: 'reason', label: 'field.reason', kind: 'textarea' }
		],
		// With a unit chosen the app fills in its name (app/dossier/liaison-input.ts).
		toInput: (v) => ({
			to_agency: v.to_agency ?? '',
			reason: optional(v.reason),
			to_unit: optional(v.to_unit)
		})
	},
	{
		// National status 7 before the stop (DOMAIN.md 3.6).
		name: 'requestWithdrawal',
		label: 'action.requestWithdrawal',
		fields: [{ name: 'reason', label: 'field.reason', kind: 'textarea' }],
		toInput: (v) => ({ reason: v.reason ?? '' })
	},
	{
		name: 'withdraw',
		label: 'action.withdraw',
		prints: '05',
		fields: [
			{ name: 'reason', label: 'field.reason', kind: 'textarea' },
			{ name: 'notice_no', label: 'action.noticeNo', kind: 'text' }
		],
		toInput: (v) => ({ reason: v.reason ?? '', notice_no: optional(v.notice_no) })
	},
	{
		// National status 6: the citizen is asked to pay before the result (DOMAIN.md fact 9).
		name: 'requestFee',
		label: 'action.requestFee',
		fields: [
			{ name: 'amount', label: 'action.amount', kind: 'number' },
			{ name: 'note', label: 'field.note', kind: 'textarea' }
		],
		toInput: (v) => ({ amount: Number(v.amount), note: optional(v.note) })
	},
	{
		name: 'payFee',
		label: 'action.payFee',
		fields: [
			{ name: 'amount', label: 'action.amount', kind: 'number' },
			{
				name: 'method',
				label: 'action.payMethod',
				kind: 'select',
				initial: 'cash',
				options: [
					opt('cash', 'action.pay.cash'),
					opt('transfer', 'action.pay.transfer'),
					opt('online', 'action.pay.online')
				]
			}
		],
		toInput: (v) => ({ amount: Number(v.amount), method: v.method })
	},
	{
		name: 'correct',
		label: 'action.correct',
		fields: [
			{
				name: 'path',
				label: 'action.correctPath',
				kind: 'select',
				initial: 'applicant.name',
				options: [
					opt('applicant.name', 'field.applicant.name'),
					opt('applicant.citizen_id', 'field.citizen_id'),
					opt('applicant.phone', 'field.phone'),
					opt('applicant.address', 'field.applicant.address'),
					opt('sets', 'field.sets')
				]
			},
			{ name: 'new_value', label: 'action.newValue', kind: 'text' },
			{ name: 'reason', label: 'field.reason', kind: 'textarea' }
		],
		toInput: (v, state) => {
			const path = (v.path ?? 'applicant.name') as CorrectablePath;
			const raw = v.new_value ?? '';
			return {
				path,
				old_value: valueAt(state.current, path),
				new_value: path === 'sets' ? Number(raw) : raw,
				reason: v.reason ?? ''
			};
		}
	},
	{
		name: 'addNote',
		label: 'action.addNote',
		fields: [{ name: 'text', label: 'field.text', kind: 'textarea' }],
		toInput: (v) => ({ text: v.text ?? '' })
	}
];

/** The upstream unit's actions on a dossier transferred to it (issue 17); the app adds the unit. */
export const UPSTREAM_ACTIONS: readonly ActionSpec[] = [
	{ name: 'upstreamAccept', label: 'action.upstreamAccept', fields: [], toInput: () => ({}) },
	{
		name: 'upstreamRequestSupplement',
		label: 'action.upstreamSupplement',
		fields: [
			{ name: 'items', label: 'action.items', kind: 'textarea' },
			{ name: 'reason', label: 'field.reason', kind: 'textarea' },
			{ name: 'notice_no', label: 'action.noticeNo', kind: 'text' }
		],
		toInput: (v) => ({
			items: (v.items ?? '')
				.split('\n')
				.map((line) => line.trim())
				.filter((line) => line !== '')
				.map((name) => ({ name })),
			reason: v.reason ?? '',
			notice_no: optional(v.notice_no)
		})
	},
	{
		name: 'upstreamResolve',
		label: 'action.upstreamResolve',
		fields: [
			{
				name: 'outcome',
				label: 'action.outcome',
				kind: 'select',
				initial: 'approved',
				options: [
					opt('approved', 'action.outcome.approved'),
					opt('rejected', 'action.outcome.rejected')
				]
			},
			{ name: 'result_doc_no', label: 'action.resultDocNo', kind: 'text' },
			{ name: 'note', label: 'action.resultNote', kind: 'textarea' }
		],
		toInput: (v) => ({
			outcome: v.outcome,
			result_doc_no: optional(v.result_doc_no),
			note: optional(v.note)
		})
	},
	{
		name: 'upstreamRefuse',
		label: 'action.upstreamRefuse',
		fields: [
			{ name: 'reason', label: 'action.refuseReason', kind: 'textarea' },
			{ name: 'notice_no', label: 'action.noticeNo', kind: 'text' }
		],
		toInput: (v) => ({ reason: v.reason ?? '', notice_no: v.notice_no ?? '' })
	},
	{
		name: 'upstreamSendBack',
		label: 'action.upstreamSendBack',
		fields: [{ name: 'reason', label: 'action.sendBackReason', kind: 'textarea' }],
		toInput: (v) => ({ reason: v.reason ?? '' })
	}
];
