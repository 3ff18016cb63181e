export { DossierCodeParts, yymmdd, dateOfYymmdd } from './code-parts';
export type { CodeFormatter } from './formatter';
export { tt01of2018 } from './tt01-2018';
export { CODE_FORMATTERS, formatterFor, formatDossierCode, parseDossierCode } from './registry';
export { SLOT_COUNT, SLOT_SIZE, checkSlot, slotRange } from './slot';
export { mintSequence, type SequenceInput } from './sequence';
export { BookEntry, nextBookEntry } from './book';
export { mintDossierCode, type MintCodeInput, type MintedCode } from './mint';
export {
	claimTargets,
	checkSlotDate,
	slotClaimId,
	type ClaimTarget,
	type Revocation,
	type SlotClaim
} from './slot-claims';
