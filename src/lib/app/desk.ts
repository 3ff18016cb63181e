import * as commands from '$lib/domain/commands';
import type { EventCommand } from '$lib/domain/commands/event-commands';
import { intake as intakeRepo, record as recordRepo, type WriteResult } from '$lib/db/store';
import { getRuntime } from '$lib/db/runtime';
import type { FileToStore } from '$lib/db/media';
import { mediaPolicy } from '$lib/app/media/photos';
import { kickMedia } from './sync';
import type { IntakeResult } from '$lib/domain/commands/intake-dossier';
import type { EventDoc } from '$lib/domain/schemas/events';

/**
 * The one path from a button to storage (DESIGN.md): pages call these, never the databases. The
 * clock is read here, once per action, and handed to the pure command.
 */

const now = () => new Date().toISOString();

/**
 * Receives a dossier with the document photos taken during the intake (already downscaled). On
 * `ok` the intake and its photos are durable: the receipt may be printed.
 */
export async function receiveDossier(
	form: unknown,
	files: readonly FileToStore[] = []
): Promise<WriteResult<IntakeResult>> {
	const result = await intakeRepo(getRuntime(), form, now(), files, mediaPolicy());
	if (result.ok && files.length > 0) kickMedia();
	return result;
}

/** The lifecycle actions a dossier page offers, by name. */
export const actions = {
	assign: commands.assign,
	transfer: commands.transfer,
	requestSupplement: commands.requestSupplement,
	receiveSupplement: commands.receiveSupplement,
	resolve: commands.resolve,
	refuse: commands.refuse,
	returnResult: commands.returnResult,
	apologise: commands.apologise,
	withdraw: commands.withdraw,
	correct: commands.correct,
	payFee: commands.payFee,
	evaluate: commands.evaluate,
	addNote: commands.addNote
} as const;

export type ActionName = keyof typeof actions;

/** Records a lifecycle event on the dossier `code`. */
export function act<I>(
	code: string,
	command: EventCommand<I>,
	input: I
): Promise<WriteResult<EventDoc>> {
	return recordRepo(getRuntime(), code, command, input, now());
}
