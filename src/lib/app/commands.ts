import type { EventCommand } from '$lib/domain/commands/event-commands';
import type { IntakeResult } from '$lib/domain/commands/intake-dossier';
import type { EventDoc } from '$lib/domain/schemas/events';
import type { FileToStore } from '$lib/db/media';
import { getRuntime } from '$lib/db/runtime';
import type { WriteResult } from '$lib/db/commit';
import type { ActionName } from './dossier/actions';
import { configureDevice, currentDevice, storeStartFailure } from './device';
import type * as Maintenance from './maintenance';
import type * as Photos from './media/photos';
import type * as UnitPhotos from './media/unit-photos';
import type * as Queue from './queue/queue-commands';
import { mediaPolicy } from './media/policy';
import type * as Spreadsheet from './spreadsheet';
import { idleMinutes, setIdleMinutes, watchIdle } from './idle-lock';
import {
	declinePin,
	lockNow,
	setPinOfDay,
	canSetPin,
	unlockPin,
	kickMedia,
	lastSyncUser,
	remoteBase,
	signIn,
	signOut,
	syncNow,
	upstreamSetting
} from './sync';
import { localReport, upstreamReport } from './reports/report-source';
import { kioskEvaluation, kioskOfficer, releaseKiosk } from './kiosk';
import type { Rating } from '$lib/domain/schemas/events';
import { lookupStatus, resolveScan } from './status';
import { changePassword } from './password';

/**
 * The whole contract between the screens and the core (DESIGN.md, issue 21): a screen calls
 * `commands.<name>(…)` and nothing else of `$lib/app` (lint enforces it). Each write command
 * reads the clock once, reads its context and commits through one store call (`runCommand`);
 * reads here are the device facts a screen shows.
 */

const now = () => new Date().toISOString();

// What a screen uses now and then (backup, photos, files) is loaded on first use, so the first
// page carries only what the book needs (issue 15); the service worker precaches it all.
const maintenance = () => import('./maintenance');
const photos = () => import('./media/photos');
const unitPhotos = () => import('./media/unit-photos');
const spreadsheet = () => import('./spreadsheet');
const queue = () => import('./queue/queue-commands');
// The domain commands and their schemas come with the first save, not with the first page.
const dossierCommands = () =>
	Promise.all([
		import('./dossier/intake'),
		import('./dossier/record'),
		import('./dossier/actions'),
		import('./dossier/liaison-input')
	]);
type Args<F extends (...a: never[]) => unknown> = Parameters<F>;

export type { ActionName };
export type { FileToStore };

/**
 * Receives a dossier with the document photos taken during the intake (already downscaled). On
 * `ok` the intake and its photos are durable: the receipt may be printed.
 */
async function receiveDossier(
	form: unknown,
	files: readonly FileToStore[] = []
): Promise<WriteResult<IntakeResult>> {
	const [{ intake }] = await dossierCommands();
	const result = await intake(getRuntime(), form, now(), files, mediaPolicy());
	if (result.ok && files.length > 0) kickMedia();
	return result;
}

/**
 * Records the lifecycle action `name` on the dossier `code`. The input comes from a form: each
 * domain command validates it with its schema and answers with the field's Vietnamese message.
 */
async function act(code: string, name: ActionName, input: unknown): Promise<WriteResult<EventDoc>> {
	const [, { record }, { actions }, { completeInput }] = await dossierCommands();
	const command = actions[name] as EventCommand<unknown>;
	const rt = getRuntime();
	return record(rt, code, command, await completeInput(rt, code, name, input), now());
}

/** The citizen's rating on the kiosk, recorded as the dossier's evaluation (one per dossier). */
function rateAtKiosk(code: string, rating: Rating): Promise<WriteResult<EventDoc>> {
	return act(code, 'evaluate', kioskEvaluation(rating));
}

const groups = {
	dossier: dossierCommands,
	photos,
	unitPhotos,
	maintenance,
	spreadsheet,
	queue
} as const;

/**
 * Loads the code of a group of commands now. A screen that offers them calls this when it
 * mounts, so that visiting it loads its code as a route does: the save then works offline even in
 * a browser whose service worker is not running yet.
 */
async function prepare(...names: (keyof typeof groups)[]): Promise<void> {
	await Promise.all(names.map((n) => groups[n]()));
}

export const commands = {
	prepare,
	// Dossiers
	receiveDossier,
	act,
	// The citizen's rating kiosk
	rateAtKiosk,
	kioskOfficer,
	releaseKiosk,
	// The queue (số thứ tự, issue 16): a ticket, and a counter's call, recall and outcome
	takeTicket: async (input: unknown) => (await queue()).issueTicket(getRuntime(), input, now()),
	queueStep: async (name: Queue.QueueStep, input: unknown) =>
		(await queue()).queueStep(getRuntime(), name, input, now()),
	// Document photos
	preparePhoto: async (...a: Args<typeof Photos.preparePhoto>) =>
		(await photos()).preparePhoto(...a),
	addPhotos: async (...a: Args<typeof Photos.addPhotos>) => (await photos()).addPhotos(...a),
	freeOldPhotos: async () => (await photos()).freeOldPhotos(),
	fetchUnitPhotos: async (...a: Args<typeof UnitPhotos.fetchUnitPhotos>) =>
		(await unitPhotos()).fetchUnitPhotos(...a),
	mediaPolicy,
	// The device
	currentDevice,
	storeStartFailure,
	configureDevice,
	// Backup and repair
	downloadBackup: async () => (await maintenance()).downloadBackup(),
	restoreBackupFile: async (...a: Args<typeof Maintenance.restoreBackupFile>) =>
		(await maintenance()).restoreBackupFile(...a),
	rebuildReadModel: async () => (await maintenance()).rebuildReadModel(),
	// Sync and sign-in
	signIn,
	signOut,
	syncNow,
	upstreamSetting,
	remoteBase,
	lastSyncUser,
	// The officer's own password (issue 19): upstream, the offline verifier, then sync resumes.
	changePassword: (input: unknown) => changePassword(input, remoteBase(), signIn),
	// The lock (issue 19)
	lockNow,
	unlockPin,
	setPinOfDay,
	canSetPin,
	declinePin,
	idleMinutes,
	setIdleMinutes,
	watchIdle,
	// Public status lookup and scanned receipts (issue 16)
	lookupStatus,
	resolveScan,
	// Reports (one source, two adapters) and files
	localReport,
	upstreamReport,
	downloadXlsx: async (...a: Args<typeof Spreadsheet.downloadXlsx>) =>
		(await spreadsheet()).downloadXlsx(...a),
	downloadCsv: async (...a: Args<typeof Spreadsheet.downloadCsv>) =>
		(await spreadsheet()).downloadCsv(...a)
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type { ReportRead, ReportSource, UnitFailure, UnitSummaries } from './reports/report-source';
export type { PublicLookup, ScanResult } from './status';
