import * as commands from '../domain/commands';
import type { EventCommand } from '../domain/commands/event-commands';
import {
	intake as intakeRepo,
	record as recordRepo,
	type WriteResult
} from '../db/dossier-repository';
import { getRuntime } from '../db/runtime';
import type { IntakeResult } from '../domain/commands/intake-dossier';
import type { EventDoc } from '../domain/schemas/events';

/**
 * The one path from a button to storage (DESIGN.md): pages call these, never the databases. The
 * clock is read here, once per action, and handed to the pure command.
 */

const now = () => new Date().toISOString();

/** Receives a dossier. On `ok` the intake is durable: the receipt may be printed. */
export function receiveDossier(form: unknown): Promise<WriteResult<IntakeResult>> {
	return intakeRepo(getRuntime(), form, now());
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
