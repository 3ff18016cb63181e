import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshIndexedDb } from '../db/harness';
import { openJournal, type JournalDb } from '$lib/db/store/journal';
import { login, unlock } from '$lib/sync/session';
import { changeOwnPassword } from '$lib/sync/password-change';
import { onPasswordChanged, runPasswordChanged } from '$lib/sync/password-hooks';
import { replaceVerifier } from '$lib/sync/verifier-update';
import { openJson, sealJson } from '$lib/crypto';
import { checkPasswordChange } from '$lib/domain/validate/new-password';
import { DEMO_PASSWORD, removeDir, startTestServer, tempDir } from '../server/harness';

/**
 * Issue 19: the officer changes their password against the real embedded server; the device's
 * offline unlock then takes the new password only, and a wrong current password changes nothing.
 */

let dataDir: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
let journal: JournalDb;
const NAME = 'officer-99902';
const NEW = 'mat-khau-moi-2026';

beforeAll(async () => {
	dataDir = tempDir();
	server = await startTestServer(dataDir);
	freshIndexedDb();
	journal = openJournal();
});

afterAll(async () => {
	journal?.close();
	await server?.close();
	removeDir(dataDir);
});

describe('changing one’s own password', () => {
	it('refuses a wrong current password and changes nothing upstream or on the device', async () => {
		expect(
			(await login(journal, server.couchUrl, NAME, DEMO_PASSWORD, '2026-03-10T02:00:00Z')).ok
		).toBe(true);
		const wrong = await changeOwnPassword(server.couchUrl, NAME, 'not-my-password', NEW);
		expect(wrong).toEqual({ ok: false, reason: 'wrong_password' });
		const stillOld = await login(
			journal,
			server.couchUrl,
			NAME,
			DEMO_PASSWORD,
			'2026-03-10T02:01:00Z'
		);
		expect(stillOld.ok).toBe(true);
		expect((await unlock(journal, NAME, DEMO_PASSWORD)).ok).toBe(true);
	});

	it('changes it upstream, runs the hooks, and the offline unlock takes only the new one', async () => {
		// Something sealed with the device's keys before the change (issue 19: the secret stays).
		const before = await unlock(journal, NAME, DEMO_PASSWORD);
		if (!before.ok) throw new Error('no unlock before the change');
		const sealed = await sealJson(before.keys.seal, { name: 'Lò Thị Hoa' }, 'dossier:X');
		const seen: Array<[string, string]> = [];
		const off = onPasswordChanged((a, b) => {
			seen.push([a, b]);
		});
		const changed = await changeOwnPassword(server.couchUrl, NAME, DEMO_PASSWORD, NEW);
		expect(changed).toEqual({ ok: true });
		await runPasswordChanged(DEMO_PASSWORD, NEW);
		off();
		expect(seen).toEqual([[DEMO_PASSWORD, NEW]]);
		expect(await replaceVerifier(journal, NAME, DEMO_PASSWORD, NEW)).toBe(true);

		// Offline (no server involved): the verifier decides.
		const after = await unlock(journal, NAME, NEW);
		expect(after).toMatchObject({ ok: true, online: false, freshSecret: false });
		if (!after.ok) throw new Error('no unlock after the change');
		expect(await openJson(after.keys.seal, sealed, 'dossier:X')).toEqual({ name: 'Lò Thị Hoa' });
		expect(await unlock(journal, NAME, DEMO_PASSWORD)).toEqual({
			ok: false,
			reason: 'bad_credentials'
		});
		// Upstream: the new password logs in, the old one no longer does.
		const online = await login(journal, server.couchUrl, NAME, NEW, '2026-03-10T03:00:00Z');
		expect(online).toMatchObject({ ok: true, online: true });
		const old = await login(journal, server.couchUrl, NAME, DEMO_PASSWORD, '2026-03-10T03:01:00Z');
		expect(old).toEqual({ ok: false, reason: 'bad_credentials' });
	});

	it('answers offline when upstream cannot be reached', async () => {
		const dead = 'http://127.0.0.1:9/couchdb';
		expect(await changeOwnPassword(dead, NAME, NEW, 'another-one-1')).toEqual({
			ok: false,
			reason: 'offline'
		});
	});

	it('checks the form before anything is sent, each message next to its field', () => {
		const r = checkPasswordChange({ current: 'motcua', next: 'ngan', confirm: 'khac' });
		expect(r.ok).toBe(false);
		if (!r.ok) {
			const by = Object.fromEntries(r.errors.map((e) => [e.field, e.message]));
			expect(by.next).toBe('Mật khẩu mới phải có ít nhất 8 ký tự.');
			expect(by.confirm).toBe('Hai lần nhập mật khẩu mới không giống nhau.');
		}
		const same = checkPasswordChange({
			current: 'mat-khau-1',
			next: 'mat-khau-1',
			confirm: 'mat-khau-1'
		});
		expect(same.ok === false && same.errors[0]?.message).toBe(
			'Mật khẩu mới phải khác mật khẩu hiện tại.'
		);
		expect(
			checkPasswordChange({ current: 'a', next: 'mat-khau-2', confirm: 'mat-khau-2' }).ok
		).toBe(true);
	});
});
