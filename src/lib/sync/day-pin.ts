import type { JournalDb } from '$lib/db/store';
import { openWrap, rewrap, type DataKeys } from '$lib/crypto';
import { endOfVietnamDay, remainingWait } from '$lib/domain/lock/backoff';
import { countFailure } from './session';

/**
 * The PIN of the day (issue 19): after a password unlock the officer may choose six digits
 * that unlock the device until the end of the Vietnam day. It is its own PBKDF2 wrap of the
 * same device secret, dropped at the end of the day or at the next password sign-in that makes
 * a new secret; five wrong tries in a row make every further try wait (shared with passwords).
 */
export const isPin = (pin: string): boolean => /^\d{6}$/.test(pin);

export async function setDayPin(
	journal: JournalDb,
	password: string,
	pin: string,
	now: string
): Promise<boolean> {
	if (!isPin(pin)) return false;
	const row = await journal.session.get('session');
	if (!row?.key_wrap) return false;
	const wrap = await rewrap(row.key_wrap, password, pin);
	if (!wrap) return false;
	await journal.session.put({ ...row, pin_wrap: { ...wrap, valid_until: endOfVietnamDay(now) } });
	return true;
}

/** Whether the device has a PIN valid at `now`. */
export async function hasDayPin(journal: JournalDb, now: string): Promise<boolean> {
	const row = await journal.session.get('session');
	return !!row?.pin_wrap && row.pin_wrap.valid_until > now;
}

export type PinResult =
	| { readonly ok: true; readonly keys: DataKeys }
	| { readonly ok: false; readonly reason: 'no_pin' | 'bad_pin' }
	| { readonly ok: false; readonly reason: 'wait'; readonly waitMs: number };

export async function unlockWithPin(
	journal: JournalDb,
	pin: string,
	now: string
): Promise<PinResult> {
	const row = await journal.session.get('session');
	if (!row?.pin_wrap || row.pin_wrap.valid_until <= now) {
		if (row?.pin_wrap) {
			const { pin_wrap: _expired, ...rest } = row;
			void _expired;
			await journal.session.put(rest);
		}
		return { ok: false, reason: 'no_pin' };
	}
	const wait = remainingWait(row.failures?.wait_until, now);
	if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
	const keys = isPin(pin) ? await openWrap(row.pin_wrap, pin) : null;
	if (!keys) {
		const next = await countFailure(journal, now);
		return next > 0
			? { ok: false, reason: 'wait', waitMs: next }
			: { ok: false, reason: 'bad_pin' };
	}
	const { failures: _cleared, ...rest } = row;
	void _cleared;
	await journal.session.put(rest);
	return { ok: true, keys };
}
