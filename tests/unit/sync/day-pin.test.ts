import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { JournalDb } from '$lib/db/store';
import { createDeviceSecret, hashTerm } from '$lib/crypto';
import { setDayPin, unlockWithPin } from '$lib/sync/day-pin';
import { unlock } from '$lib/sync/session';
import { waitAfter } from '$lib/domain/lock/backoff';

let n = 0;
const opened: JournalDb[] = [];
async function journalWithSession(password: string) {
	const journal = new JournalDb(`pin-test-${n++}`);
	opened.push(journal);
	const { wrap, keys } = await createDeviceSecret(password, 1000);
	await journal.session.put({
		key: 'session',
		name: 'canbo',
		roles: ['commune:99901'],
		salt: '00',
		iterations: 1,
		verifier: '00',
		logged_in_at: '2026-07-14T01:00:00.000Z',
		key_wrap: wrap
	});
	return { journal, keys };
}

afterEach(async () => {
	for (const j of opened.splice(0)) await j.delete();
});

describe('the PIN of the day', () => {
	it('opens the same keys until the end of the Vietnam day, not after', async () => {
		const { journal, keys } = await journalWithSession('mật khẩu');
		const now = '2026-07-14T03:00:00.000Z';
		expect(await setDayPin(journal, 'sai', '123456', now)).toBe(false);
		expect(await setDayPin(journal, 'mật khẩu', '12345', now)).toBe(false);
		expect(await setDayPin(journal, 'mật khẩu', '123456', now)).toBe(true);
		const ok = await unlockWithPin(journal, '123456', '2026-07-14T16:59:00.000Z');
		expect(ok.ok).toBe(true);
		if (ok.ok) expect(await hashTerm(ok.keys.search, 'an')).toBe(await hashTerm(keys.search, 'an'));
		// 00:00 in Vietnam is 17:00 UTC.
		expect(await unlockWithPin(journal, '123456', '2026-07-14T17:00:00.000Z')).toEqual({
			ok: false,
			reason: 'no_pin'
		});
	});

	it('makes the sixth wrong try wait, persisted in the session row', async () => {
		const { journal } = await journalWithSession('mật khẩu');
		const now = new Date().toISOString();
		await setDayPin(journal, 'mật khẩu', '123456', now);
		for (let i = 0; i < 4; i++)
			expect(await unlockWithPin(journal, '000000', now)).toEqual({ ok: false, reason: 'bad_pin' });
		expect(await unlockWithPin(journal, '000000', now)).toEqual({
			ok: false,
			reason: 'wait',
			waitMs: waitAfter(5)
		});
		// Even the right PIN, and the right password, wait now.
		const right = await unlockWithPin(journal, '123456', now);
		expect(right.ok).toBe(false);
		const password = await unlock(journal, 'canbo', 'mật khẩu');
		expect(password).toMatchObject({ ok: false, reason: 'wait' });
		expect((await journal.session.get('session'))?.failures?.count).toBe(5);
	});

	it('refuses a wrong password offline and opens with the right one', async () => {
		const { journal } = await journalWithSession('mật khẩu');
		expect(await unlock(journal, 'canbo', 'sai')).toEqual({ ok: false, reason: 'bad_credentials' });
		const ok = await unlock(journal, 'canbo', 'mật khẩu');
		expect(ok.ok).toBe(true);
		expect((await journal.session.get('session'))?.failures).toBeUndefined();
	});
});
