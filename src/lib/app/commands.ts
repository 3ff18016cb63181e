import * as domain from '$lib/domain/commands';
import type { EventCommand } from '$lib/domain/commands/event-commands';
import type { IntakeResult } from '$lib/domain/commands/intake-dossier';
import type { EventDoc } from '$lib/domain/schemas/events';
import type { FileToStore } from '$lib/db/media';
import { getRuntime } from '$lib/db/runtime';
import type { WriteResult } from '$lib/db/commit';
import { intake } from './dossier/intake';
import { record } from './dossier/record';
import { configureDevice, currentDevice, storeStartFailure } from './device';
import { downloadBackup, rebuildReadModel, restoreBackupFile } from './maintenance';
import { addPhotos, freeOldPhotos, mediaPolicy, preparePhoto } from './media/photos';
import { downloadCsv, downloadXlsx } from './spreadsheet';
import {
	kickMedia,
	lastSyncUser,
	remoteBase,
	signIn,
	signOut,
	syncNow,
	upstreamSetting
} from './sync';
import { localReport, upstreamReport } from './reports/report-source';

/**
 * The whole contract between the screens and the core (DESIGN.md, issue 21): a screen calls
 * `commands.<name>(…)` and nothing else of `$lib/app` (lint enforces it). Each write command
 * reads the clock once, reads its context and commits through one store call (`runCommand`);
 * reads here are the device facts a screen shows.
 */

const now = () => new Date().toISOString();

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
	addNote: domain.addNote
} as const;

export type ActionName = keyof typeof actions;
export type { FileToStore };

/**
 * Receives a dossier with the document photos taken during the intake (already downscaled). On
 * `ok` the intake and its photos are durable: the receipt may be printed.
 */
async function receiveDossier(
	form: unknown,
	files: readonly FileToStore[] = []
): Promise<WriteResult<IntakeResult>> {
	const result = await intake(getRuntime(), form, now(), files, mediaPolicy());
	if (result.ok && files.length > 0) kickMedia();
	return result;
}

/**
 * Records the lifecycle action `name` on the dossier `code`. The input comes from a form: each
 * domain command validates it with its schema and answers with the field's Vietnamese message.
 */
function act(code: string, name: ActionName, input: unknown): Promise<WriteResult<EventDoc>> {
	const command = actions[name] as EventCommand<unknown>;
	return record(getRuntime(), code, command, input, now());
}

export const commands = {
	// Dossiers
	receiveDossier,
	act,
	// Document photos
	preparePhoto,
	addPhotos,
	freeOldPhotos,
	mediaPolicy,
	// The device
	currentDevice,
	storeStartFailure,
	configureDevice,
	// Backup and repair
	downloadBackup,
	restoreBackupFile,
	rebuildReadModel,
	// Sync and sign-in
	signIn,
	signOut,
	syncNow,
	upstreamSetting,
	remoteBase,
	lastSyncUser,
	// Reports (one source, two adapters) and files
	localReport,
	upstreamReport,
	downloadXlsx,
	downloadCsv
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type { ReportRead, ReportSource, UnitFailure, UnitSummaries } from './reports/report-source';
