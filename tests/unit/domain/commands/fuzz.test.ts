import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vnInstant as at } from '$lib/domain/calendar';
import * as cmd from '$lib/domain/commands';
import type { EventContext, IntakeContext } from '$lib/domain/commands';
import { buildDossier, intakeForm } from '../../../builders/dossier';
import { DEFAULT_INPUT, Story, device, eventContext } from '../../../builders/events';

const COMMANDS = {
	assign: cmd.assign,
	transfer: cmd.transfer,
	requestSupplement: cmd.requestSupplement,
	receiveSupplement: cmd.receiveSupplement,
	resolve: cmd.resolve,
	refuse: cmd.refuse,
	returnResult: cmd.returnResult,
	apologise: cmd.apologise,
	withdraw: cmd.withdraw,
	payFee: cmd.payFee,
	evaluate: cmd.evaluate,
	addNote: cmd.addNote,
	correct: cmd.correct
} as const;

type AnyCommand = (
	s: Story['state'],
	input: unknown,
	ctx: EventContext
) => ReturnType<typeof cmd.addNote>;

describe('event commands never throw', () => {
	const story = new Story(buildDossier());
	story.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at('2025-07-08', '10:00'));
	const state = story.state;
	const ctx = eventContext(device('may-2'), at('2025-07-08', '11:00'));

	it.each(Object.keys(COMMANDS))('%s, for any input', (name) => {
		const command = COMMANDS[name as keyof typeof COMMANDS] as AnyCommand;
		fc.assert(
			fc.property(fc.anything(), (input) => {
				const result = command(state, input, ctx);
				// An answer, never an exception: a Result, its errors worded in Vietnamese.
				expect(typeof result.ok).toBe('boolean');
				if (!result.ok)
					for (const e of result.errors) expect(e.message).not.toMatch(/Invalid input/);
			}),
			{ numRuns: 100 }
		);
	});

	it('for any context', () => {
		fc.assert(
			fc.property(fc.anything(), (garbage) => {
				expect(cmd.addNote(state, DEFAULT_INPUT.note, garbage as EventContext).ok).toBe(false);
				expect(cmd.receiveSupplement(state, {}, garbage as EventContext).ok).toBe(false);
				const intake = cmd.intakeDossier(intakeForm(), garbage as IntakeContext);
				expect(intake.ok).toBe(false);
			}),
			{ numRuns: 100 }
		);
	});
});
