import { describe, expect, it } from 'vitest';
import { vnInstant as at } from '$lib/domain/calendar';
import * as cmd from '$lib/domain/commands';
import type { EventCommandResult } from '$lib/domain/commands';
import type { Result } from '$lib/domain/errors';
import { DossierStateSchema, foldDossier } from '$lib/domain/fold';
import type { EventDoc } from '$lib/domain/schemas/events';
import { STATUS } from '$lib/domain/status';
import { buildDossier } from '../../../builders/dossier';
import { DEFAULT_INPUT, Story, device, eventContext, rawEvent } from '../../../builders/events';

function eventOf(result: Result<EventCommandResult>): EventDoc {
	if (!result.ok) throw new Error(result.errors[0]?.message);
	return result.value.event;
}

/** Two devices act on the same state while offline; their events meet at the next sync. */
function offline(
	story: Story,
	a: (s: Story['state']) => EventDoc,
	b: (s: Story['state']) => EventDoc
) {
	const state = story.state;
	return [...story.events, a(state), b(state)];
}

describe('contradictions are flagged, never hidden, never a crash', () => {
	it('two returns from two offline devices', () => {
		const story = new Story(buildDossier());
		story.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-08', '09:00'));
		const events = offline(
			story,
			(s) =>
				eventOf(
					cmd.returnResult(
						s,
						DEFAULT_INPUT.returned,
						eventContext(device('may-1'), at('2025-07-08', '10:00'))
					)
				),
			(s) =>
				eventOf(
					cmd.returnResult(
						s,
						{ method: 'post' },
						eventContext(device('may-2'), at('2025-07-08', '11:00'))
					)
				)
		);
		const state = foldDossier(story.dossier, events);
		expect(state.status).toBe(STATUS.returned);
		expect(state.returned_at).toBe(at('2025-07-08', '10:00'));
		expect(state.return_method).toBe('desk');
		expect(state.history).toHaveLength(3);
		expect(state.flags).toEqual([
			{ code: 'duplicate_return', event_id: events[2]!._id, applied: false }
		]);
	});

	it('an event after a final state (refused on one device, assigned on another)', () => {
		const story = new Story(buildDossier());
		const events = offline(
			story,
			(s) =>
				eventOf(
					cmd.refuse(
						s,
						DEFAULT_INPUT.refused,
						eventContext(device('may-1'), at('2025-07-08', '09:00'))
					)
				),
			(s) =>
				eventOf(
					cmd.assign(
						s,
						DEFAULT_INPUT.assigned,
						eventContext(device('may-2'), at('2025-07-08', '10:00'))
					)
				)
		);
		const state = foldDossier(story.dossier, events);
		expect(state.status).toBe(STATUS.not_accepted);
		expect(state.handler).toBeNull();
		expect(state.flags).toMatchObject([{ code: 'dossier_refused', event_id: events[1]!._id }]);
	});

	it('a second apology: the first new date stands', () => {
		const story = new Story(buildDossier());
		const apology = (date: string) => ({
			...DEFAULT_INPUT.apology,
			new_appointment_at: at(date, '17:00')
		});
		const events = offline(
			story,
			(s) =>
				eventOf(
					cmd.apologise(
						s,
						apology('2025-07-15'),
						eventContext(device('may-1'), at('2025-07-09', '09:00'))
					)
				),
			(s) =>
				eventOf(
					cmd.apologise(
						s,
						apology('2025-07-18'),
						eventContext(device('may-2'), at('2025-07-09', '10:00'))
					)
				)
		);
		const state = foldDossier(story.dossier, events);
		expect(state.appointment_at).toBe(at('2025-07-15', '17:00'));
		expect(state.extension_count).toBe(1);
		expect(state.flags).toMatchObject([{ code: 'second_apology', applied: false }]);
	});

	it('a return before the resolution: the hand-over stands, the late resolution is flagged', () => {
		const dossier = buildDossier();
		const returned = rawEvent(dossier, 'returned', at('2025-07-08', '10:00'), { device: 'may-2' });
		const resolved = rawEvent(dossier, 'resolved', at('2025-07-08', '11:00'));
		const state = foldDossier(dossier, [resolved, returned]);
		expect(state.status).toBe(STATUS.returned);
		expect(state.ended_at).toBe(at('2025-07-08', '10:00'));
		expect(state.flags).toEqual([
			{ code: 'return_before_resolve', event_id: returned._id, applied: true },
			{ code: 'dossier_returned', event_id: resolved._id, applied: false }
		]);
	});

	it('events of another dossier are left out and flagged', () => {
		const dossier = buildDossier();
		const other = buildDossier({}, { usedSeqsForDate: () => [1] });
		const stray = rawEvent(other, 'note', at('2025-07-08', '10:00'));
		const state = foldDossier(dossier, [stray]);
		expect(state.history).toEqual([]);
		expect(state.flags).toEqual([{ code: 'other_dossier', event_id: stray._id, applied: false }]);
	});

	it('replayed copies merge silently; two different documents with one id are flagged', () => {
		const dossier = buildDossier();
		const note = rawEvent(dossier, 'note', at('2025-07-08', '10:00'));
		const replay = { ...note, _rev: '2-abc' };
		expect(foldDossier(dossier, [note, replay, note]).flags).toEqual([]);
		expect(foldDossier(dossier, [note, replay]).history).toHaveLength(1);
		const forged = { ...note, text: 'Nội dung khác hẳn' };
		const one = foldDossier(dossier, [note, forged]);
		const two = foldDossier(dossier, [forged, note]);
		expect(one).toEqual(two);
		expect(one.flags).toEqual([
			{ code: 'conflicting_duplicate', event_id: note._id, applied: true }
		]);
	});

	it('an event stamped before the intake (a wrong device clock) is applied and flagged', () => {
		const dossier = buildDossier();
		const early = rawEvent(dossier, 'assigned', at('2025-07-08', '10:00'), { wallMs: 1000 });
		const state = foldDossier(dossier, [early]);
		expect(state.status).toBe(STATUS.in_process);
		expect(state.flags).toEqual([
			{ code: 'event_before_intake', event_id: early._id, applied: true }
		]);
	});

	it('an event claiming a time before the receipt is flagged too', () => {
		const dossier = buildDossier();
		const early = rawEvent(dossier, 'note', '2025-07-01T00:00:00.000Z', {
			wallMs: Date.parse(dossier.received_at) + 1
		});
		expect(foldDossier(dossier, [early]).flags).toMatchObject([{ code: 'event_before_intake' }]);
	});

	it('a supplement received with no pending request changes nothing', () => {
		const dossier = buildDossier();
		const stray = rawEvent(dossier, 'supplement_received', at('2025-07-08', '10:00'), {
			fields: { new_appointment_at: at('2025-07-30', '17:00') }
		});
		const state = foldDossier(dossier, [stray]);
		expect(state.appointment_at).toBe(dossier.appointment_at);
		expect(state.flags).toMatchObject([{ code: 'supplement_not_requested', applied: false }]);
	});
});

describe('the folded state', () => {
	it('is valid by its own schema and survives a JSON round trip (the read model stores it)', () => {
		const story = new Story(buildDossier());
		story.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at('2025-07-08', '10:00'));
		story.do(cmd.receiveSupplement, {}, at('2025-07-09', '10:00'));
		story.do(cmd.correct, DEFAULT_INPUT.corrected, at('2025-07-09', '11:00'));
		story.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-10', '10:00'));
		const state = story.state;
		expect(DossierStateSchema.safeParse(state).success).toBe(true);
		expect(DossierStateSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
	});
});
