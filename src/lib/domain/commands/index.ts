export {
	EventContextSchema,
	checkContext,
	type EventContext,
	type Schedule,
	type ExtendPause
} from './context';
export { emitEvent, violationError, type EventCommandResult } from './emit-event';
export {
	assign,
	transfer,
	requestSupplement,
	resolve,
	refuse,
	returnResult,
	apologise,
	withdraw,
	payFee,
	evaluate,
	addNote,
	requestFee,
	requestWithdrawal,
	type EventCommand
} from './event-commands';
export { receiveSupplement } from './receive-supplement';
export {
	upstreamAccept,
	upstreamRequestSupplement,
	upstreamResolve,
	upstreamRefuse,
	upstreamSendBack
} from './upstream-commands';
export { correct, type CorrectInput } from './correct';
export {
	IntakeInput,
	ApplicantInput,
	PersonApplicantInput,
	OrganisationApplicantInput,
	type ParsedIntake
} from './intake-input';
export { intakeChecks } from './intake-checks';
export { buildDossier, snapshotProcedure, type DossierParts } from './build-dossier';
export { intakeDossier, type IntakeContext, type IntakeResult } from './intake-dossier';
export {
	optionalInput,
	EmailField,
	LegacyIdField,
	TaxCodeField,
	correctionInput
} from './input-fields';
