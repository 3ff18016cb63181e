import type { DossierState } from '$lib/domain/fold/state';

/**
 * The forms a dossier prints after its receipt (TT 03/2025 numbering): 02 supplement request,
 * 03 refusal, 04 apology, 05 stop notice, each once its event exists, and 06 the
 * processing-control slip, which every received dossier has.
 */
export const PRINTED_FORMS = ['02', '03', '04', '05', '06'] as const;
export type PrintedForm = (typeof PRINTED_FORMS)[number];

const EVENT_OF: Record<PrintedForm, DossierState['history'][number]['kind'] | null> = {
	'02': 'supplement_requested',
	'03': 'refused',
	'04': 'apology',
	'05': 'withdrawn',
	'06': null
};

/** The form named in a URL (`/print/05`); an unknown one falls back to 02 as before. */
export function printedForm(param: string | undefined): PrintedForm {
	return PRINTED_FORMS.find((f) => f === param) ?? '02';
}

/** The forms that apply to `state`, in number order. */
export function printableForms(state: DossierState): PrintedForm[] {
	return PRINTED_FORMS.filter((form) => {
		const kind = EVENT_OF[form];
		return kind === null || state.history.some((e) => e.kind === kind);
	});
}
