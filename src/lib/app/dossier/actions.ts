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
	requestWithdrawal: domain.requestWithdrawal,
	// The upstream unit's (một cửa liên thông, issue 17)
	upstreamAccept: domain.upstreamAccept,
	upstreamRequestSupplement: domain.upstreamRequestSupplement,
	upstreamResolve: domain.upstreamResolve,
	upstreamRefuse: domain.upstreamRefuse,
	upstreamSendBack: domain.upstreamSendBack
} as const;

export type ActionName = keyof typeof actions;
