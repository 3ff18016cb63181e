import { describe, expect, it } from 'vitest';
import { indexCalendars, vnInstant as at } from '$lib/domain/calendar';
import * as cmd from '$lib/domain/commands';
import { levelChain, levelDays, levelFigures, reportRow, summarize } from '$lib/domain/reports';
import { seedCalendars } from '../../../builders/calendar';
import { buildDossier, certificateProcedure } from '../../../builders/dossier';
import { DEFAULT_INPUT, Story, UNIT } from '../../../builders/events';

// Issue 17: working days at each level of a transferred dossier, counted by hand on the
// calendar of July 2025 (no holiday in July; 7 Jul 2025 is a Monday).
const MON = '2025-07-07';
const WED = '2025-07-09';
const NEXT_TUE = '2025-07-15';
const NEXT_THU = '2025-07-17';
const JULY = { kind: 'month', from: '2025-07-01', to: '2025-07-31' } as const;
const calendar = indexCalendars(seedCalendars());
const TO_UNIT = { to_agency: 'Sở Nông nghiệp và Môi trường tỉnh Điện Biên', to_unit: UNIT };

/** A dossier received Monday 09:00 with a time limit of `days` working days. */
function received(days: number): Story {
	const procedure = certificateProcedure({ time_limit: { unit: 'working_days', value: days } });
	return new Story(buildDossier({}, { procedures: [procedure] }));
}

/** Received Mon, transferred Wed, resolved upstream the next Tue, returned Thu. */
function namedCase(days: number): Story {
	const story = received(days);
	story.do(cmd.transfer, TO_UNIT, at(WED, '10:00'), 'xa-1');
	story.do(cmd.upstreamAccept, { unit: UNIT }, at(WED, '14:00'), 'so-1');
	story.do(
		cmd.upstreamResolve,
		{ unit: UNIT, outcome: 'approved', result_doc_no: '42/SNNMT' },
		at(NEXT_TUE, '16:00'),
		'so-1'
	);
	story.do(cmd.returnResult, DEFAULT_INPUT.returned, at(NEXT_THU, '08:00'), 'xa-1');
	return story;
}

describe('working days at each level (levelChain → levelDays)', () => {
	it('received Mon, transferred Wed, resolved upstream next Tue, returned Thu: 2 + 4 + 2', () => {
		const story = namedCase(10);
		const chain = levelChain(story.state);
		expect(chain).toEqual([MON, WED, NEXT_TUE, NEXT_THU]);
		// Commune: Tue 8, Wed 9. Upstream: Thu 10, Fri 11, Mon 14, Tue 15 (the weekend skipped).
		// Back at the commune: Wed 16, Thu 17.
		const days = levelDays(chain!, calendar);
		expect(days).toEqual({ ok: true, value: { communeBefore: 2, upstream: 4, communeAfter: 2 } });
	});

	it('has no chain while a unit holds the dossier, or before the return', () => {
		const story = received(10);
		story.do(cmd.transfer, TO_UNIT, at(WED, '10:00'), 'xa-1');
		expect(levelChain(story.state)).toBeNull();
		story.do(
			cmd.upstreamResolve,
			{ unit: UNIT, outcome: 'approved' },
			at(NEXT_TUE, '09:00'),
			'so-1'
		);
		expect(levelChain(story.state)).toBeNull();
		expect(levelChain(received(10).state)).toBeNull();
	});

	it('counts a sent-back and a second transfer: commune time between them is "back at the commune"', () => {
		const story = received(10);
		story.do(cmd.transfer, TO_UNIT, at(MON, '10:00'), 'xa-1');
		story.do(
			cmd.upstreamSendBack,
			{ ...DEFAULT_INPUT.upstream_sent_back },
			at('2025-07-08', '09:00'),
			'so-1'
		);
		story.do(cmd.transfer, TO_UNIT, at(WED, '09:00'), 'xa-1');
		story.do(
			cmd.upstreamResolve,
			{ unit: UNIT, outcome: 'approved' },
			at('2025-07-11', '09:00'),
			'so-1'
		);
		story.do(cmd.returnResult, DEFAULT_INPUT.returned, at('2025-07-14', '09:00'), 'xa-1');
		const chain = levelChain(story.state)!;
		expect(chain).toEqual([MON, MON, '2025-07-08', WED, '2025-07-11', '2025-07-14']);
		// Upstream: Tue 8 + Thu 10, Fri 11 = 3; back at the commune: Wed 9 + Mon 14 = 2.
		expect(levelDays(chain, calendar)).toEqual({
			ok: true,
			value: { communeBefore: 0, upstream: 3, communeAfter: 2 }
		});
	});

	it('skips the National Day holidays (1–2 Sep 2025) at the upstream level', () => {
		// Fri 29 Aug → Wed 3 Sep: Mon 1 and Tue 2 are days off; only Wed 3 counts.
		const days = levelDays(['2025-08-28', '2025-08-29', '2025-09-03', '2025-09-04'], calendar);
		expect(days).toEqual({ ok: true, value: { communeBefore: 1, upstream: 1, communeAfter: 1 } });
	});

	it('fails with the calendar error for a year the device has no calendar of', () => {
		const days = levelDays(['2031-01-06', '2031-01-08'], calendar);
		expect(days.ok).toBe(false);
	});
});

describe('the report of transferred dossiers (levelFigures)', () => {
	it('averages the days and judges the whole chain against the deadline set at the commune', () => {
		// 10 working days from Mon 7 Jul: due Mon 21 Jul, resolved upstream Tue 15: early
		// (before the deadline day), which the 766 rate counts as on time.
		const onTime = summarize(namedCase(10).state);
		// 3 working days from Mon 7 Jul: due Thu 10 Jul. Upstream resolves Fri 11, two working
		// days after the transfer of Wed 9 (within 3 if the clock restarted at the transfer), but
		// the whole chain is past the commune's deadline: late.
		const story = received(3);
		story.do(cmd.transfer, TO_UNIT, at(WED, '10:00'), 'xa-1');
		story.do(
			cmd.upstreamResolve,
			{ unit: UNIT, outcome: 'approved' },
			at('2025-07-11', '10:00'),
			'so-1'
		);
		story.do(cmd.returnResult, DEFAULT_INPUT.returned, at('2025-07-11', '15:00'), 'xa-1');
		const late = summarize(story.state);
		expect(onTime.timeliness).toBe('early');
		expect(late.timeliness).toBe('late');
		const local = summarize(received(3).state);
		const rows = [onTime, late, local].map(reportRow);
		const f = levelFigures(rows, JULY, calendar);
		expect(f).toEqual({
			dossiers: 2,
			judged: 2,
			onTime: 1,
			onTimeRate: 50,
			// (2 + 2) / 2 before; (4 + 2) / 2 upstream; (2 + 0) / 2 back at the commune.
			communeBefore: 2,
			upstream: 3,
			communeAfter: 1,
			uncounted: 0
		});
		// Counted in the month the chain ended (the return), not in another.
		const august = { kind: 'month', from: '2025-08-01', to: '2025-08-31' } as const;
		expect(levelFigures(rows, august, calendar).dossiers).toBe(0);
		// Without a calendar for its years a row is reported as uncounted, never guessed.
		expect(levelFigures(rows, JULY, indexCalendars([])).uncounted).toBe(2);
	});
});
