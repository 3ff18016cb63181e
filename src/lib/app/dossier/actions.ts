import * as domain from '$lib/domain/commands';

/** The lifecycle actions a dossier page offers, by name. */
export const actions = {
	assign: domain.assign,
	transfer: domain.transfer,
	requestSupplement: domain.requestSupplement,
	receiveSupplement: domain.receiveSupplement,
	resolve: domain.resolve,
	refuse: domain.refuse,
	returnResult: domain.returnResult,
	apologise: domain.apologise,
	withdraw: domain.withdraw,
	correct: domain.correct,
	payFee: domain.payFee,
	evaluate: domain.evaluate,
	addNote: domain.addNote,
	requestFee: domain.requestFee,
	requestWithdrawal: domain.requestWithdrawal
} as const;

export type ActionName = keyof typeof actions;
