import { describe, expect, it } from 'vitest';
import { vnInstant as at } from '$lib/domain/calendar';
import * as cmd from '$lib/domain/commands';
import { foldDossier } from '$lib/domain/fold';
import { handOvers } from '$lib/domain/fold/hand-overs';
import { openLiaison, timeByLevel } from '$lib/domain/fold/liaison';
import { EventDoc } from '$lib/domain/schemas/events';
import { STATUS } from '$lib/domain/status';
import { summarize } from '$lib/domain/reports';
import { buildDossier } from '../../../builders/dossier';
import { DEFAULT_INPUT, Story, UNIT, eventContext, rawEvent } from '../../../builders/events';

const MON = '2025-07-07';
const TUE = '2025-07-08';
const WED = '2025-07-09';

const TO_UNIT = {
	to_agency: 'Sở Nông nghiệp và Môi trường tỉnh Điện Biên',
	to_unit: UNIT,
	photos: 2
};

/** A dossier the commune sent up to the demo unit on Monday. */
function transferred(): Story {
	const story = new Story(buildDossier());
	story.do(cmd.transfer, TO_UNIT, at(MON, '10:00'), 'xa-1');
	return story;
}

const errorOf = (r: { ok: boolean; errors?: readonly { messageKey: string }[] }) =>
	r.ok ? '' : (r.errors?.[0]?.messageKey ?? '');

describe('one-stop across levels in the fold', () => {
	it('walks transfer → accept → supplement asked upstream → supplement at the commune → resolve upstream → return', () => {
		const story = transferred();
		expect(openLiaison(story.state)?.phase).toBe('sent');
		story.do(cmd.upstreamAccept, { unit: UNIT }, at(MON, '14:00'), 'so-1');
		expect(openLiaison(story.state)?.phase).toBe('accepted');
		story.do(
			cmd.upstreamRequestSupplement,
			{ ...DEFAULT_INPUT.upstream_supplement_requested, unit: UNIT },
			at(TUE, '09:00'),
			'so-1'
		);
		expect(story.state.status).toBe(STATUS.supplement_requested);
		story.do(cmd.receiveSupplement, {}, at(TUE, '15:00'), 'xa-1');
		expect(story.state.status).toBe(STATUS.in_process);
		// The commune cannot decide while the unit holds the dossier.
		expect(errorOf(story.try(cmd.resolve, DEFAULT_INPUT.resolved, at(WED, '08:00'), 'xa-1'))).toBe(
			'error.held_upstream'
		);
		story.do(
			cmd.upstreamResolve,
			{ unit: UNIT, outcome: 'approved', result_doc_no: '42/GCN' },
			at(WED, '09:00'),
			'so-1'
		);
		expect(story.state.status).toBe(STATUS.processed);
		expect(openLiaison(story.state)).toBeUndefined();
		story.do(cmd.returnResult, DEFAULT_INPUT.returned, at(WED, '10:00'), 'xa-1');
		const state = story.state;
		expect(state.status).toBe(STATUS.returned);
		expect(state.flags).toEqual([]);
		expect(state.timeliness).not.toBeNull();
		expect(handOvers(state).map((r) => r.step)).toEqual([
			'received',
			'transferred',
			'upstream_accepted',
			'upstream_supplement_requested',
			'supplement_received',
			'upstream_resolved',
			'returned'
		]);
		const levels = timeByLevel(state, at(WED, '12:00'));
		// From Monday 10:00 to Wednesday 09:00 upstream; the rest at the commune.
		expect(levels.upstream_ms).toBe(Date.parse(at(WED, '09:00')) - Date.parse(at(MON, '10:00')));
		expect(levels.commune_ms).toBe(
			Date.parse(at(MON, '10:00')) - Date.parse(state.dossier.received_at)
		);
	});

	it('refuses upstream steps from a unit the dossier was not sent to, and from any unit before a transfer', () => {
		const story = new Story(buildDossier());
		expect(errorOf(story.try(cmd.upstreamAccept, { unit: UNIT }, at(MON, '10:00')))).toBe(
			'error.not_transferred'
		);
		story.do(cmd.transfer, TO_UNIT, at(MON, '10:00'), 'xa-1');
		expect(errorOf(story.try(cmd.upstreamAccept, { unit: 'stp-11' }, at(MON, '11:00')))).toBe(
			'error.not_transferred'
		);
	});

	it('flags and ignores a forged upstream event (wrong unit or unknown transfer) that arrives anyway', () => {
		const story = transferred();
		const d = story.dossier;
		const transferId = story.events[0]!._id;
		const forged = rawEvent(d, 'upstream_resolved', at(MON, '12:00'), {
			device: 'so-x',
			fields: { unit: 'stp-11', transfer_id: transferId }
		});
		const unknown = rawEvent(d, 'upstream_resolved', at(MON, '12:30'), {
			device: 'so-y',
			fields: { unit: UNIT, transfer_id: 'event:nowhere' }
		});
		const state = foldDossier(d, [...story.events, forged, unknown]);
		expect(state.status).toBe(STATUS.in_process);
		expect(state.flags.map((f) => [f.code, f.applied])).toEqual([
			['not_transferred', false],
			['not_transferred', false]
		]);
	});

	it('gives the dossier back to the commune when sent back, which may then transfer it again', () => {
		const story = transferred();
		story.do(
			cmd.upstreamSendBack,
			{ unit: UNIT, reason: 'Thủ tục này thuộc thẩm quyền của Sở Tư pháp' },
			at(MON, '15:00'),
			'so-1'
		);
		expect(openLiaison(story.state)).toBeUndefined();
		story.do(
			cmd.transfer,
			{ to_agency: 'Sở Tư pháp tỉnh Điện Biên', to_unit: 'stp-11' },
			at(TUE, '08:00'),
			'xa-1'
		);
		expect(openLiaison(story.state)?.unit).toBe('stp-11');
		expect(story.state.transfers.map((t) => t.phase)).toEqual(['closed', 'sent']);
	});

	it('converges whatever order two levels offline deliver their events in', () => {
		const story = transferred();
		story.do(cmd.upstreamAccept, { unit: UNIT }, at(MON, '14:00'), 'so-1');
		// Offline at once: the commune withdraws at the citizen's request, upstream resolves.
		const commune = story.try(
			cmd.withdraw,
			{ reason: 'Công dân xin rút hồ sơ' },
			at(TUE, '09:00'),
			'xa-1'
		);
		const base = story.events.slice(0, -1);
		const up = cmd.upstreamResolve(
			foldDossier(story.dossier, base),
			{ unit: UNIT, outcome: 'approved' },
			eventContext(story.device('so-1'), at(TUE, '09:05'))
		);
		expect(commune.ok && up.ok).toBe(true);
		if (!commune.ok || !up.ok) return;
		const all = [...base, commune.value.event, up.value.event];
		const a = foldDossier(story.dossier, all);
		const b = foldDossier(story.dossier, [...all].reverse());
		expect(b).toEqual(a);
		expect(a.flags.length).toBe(1);
	});

	it('still parses pre-17 transfer events and states (no unit)', () => {
		const story = new Story(buildDossier());
		story.do(cmd.transfer, DEFAULT_INPUT.transferred, at(MON, '10:00'));
		const old = { ...story.events[0]! } as Record<string, unknown>;
		delete old.to_unit;
		delete old.photos;
		expect(EventDoc.safeParse(old).success).toBe(true);
		expect(openLiaison(story.state)).toBeUndefined();
		expect(story.try(cmd.resolve, DEFAULT_INPUT.resolved, at(MON, '11:00')).ok).toBe(true);
	});
});

describe('time at each level in the report', () => {
	it('a summary carries the hand-over dates once the chain has ended, and only then', () => {
		const story = transferred();
		story.do(cmd.upstreamAccept, { unit: UNIT }, at(MON, '14:00'), 'so-1');
		story.do(cmd.upstreamResolve, { unit: UNIT, outcome: 'approved' }, at(TUE, '10:00'), 'so-1');
		expect(summarize(story.state).chain).toBeUndefined();
		story.do(cmd.returnResult, DEFAULT_INPUT.returned, at(WED, '10:00'), 'xa-1');
		expect(summarize(story.state).chain).toEqual([MON, MON, TUE, WED]);
		expect(summarize(new Story(buildDossier()).state).chain).toBeUndefined();
	});
});
