export { foldDossier } from './fold-dossier';
export { timeliness, endTimeliness } from './timeliness';
export { violationOf, type Violation } from './rules';
export { applyEvent } from './apply';
export { initialState } from './initial-state';
export { prepareEvents, compareEvents, type Prepared } from './order';
export { corrected, valueAt, type CorrectionOutcome } from './corrections';
export { canonicalJson } from './canonical';
export {
	citizenIndicatorScores,
	type CitizenIndicatorScores,
	type IndicatorScore
} from './evaluation-scores';
export {
	DossierStateSchema,
	Timeliness,
	FlagCode,
	Flag,
	CorrectableView,
	Correction,
	type DossierState
} from './state';
export {
	handOvers,
	stopNotice,
	stepOutcome,
	type HandOver,
	type HandOverStep,
	type Party,
	type PartyRole,
	type StepOutcome,
	type StopNotice
} from './hand-overs';
