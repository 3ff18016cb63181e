import { describe, expect, it } from 'vitest';
import { engines } from './couch-js.js';

// Issue 19: revoked devices, freed slots and the users database, checked the way CouchDB calls
// validate_doc_update, as the Node module (embedded server) and compiled in QuickJS (CouchDB).
const DB = 'commune-99901';
const officer = { db: DB, name: 'officer-99901', roles: ['commune:99901'] };
const admin = { db: DB, name: 'admin', roles: ['_admin'] };
const open = { members: { roles: ['commune:99901', 'upstream'] }, admins: { roles: ['_admin'] } };
const revoked = { ...open, revoked_devices: ['lost-phone'] };
const event = (device: string) => ({
	_id: `event:01234.260310.2001:1773100000000-0000:${device}:000001`,
	type: 'event',
	kind: 'note',
	dossier_code: '01234.260310.2001',
	device_id: device
});

describe.each(engines('commune'))('commune database on $engine', ({ validate }) => {
	it('refuses new documents naming a revoked device, from anyone but an admin', () => {
		expect(validate(event('lost-phone'), null, officer, open)).toBe('ok');
		expect(validate(event('lost-phone'), null, officer, revoked)).toBe('forbidden');
		expect(validate(event('desk-1'), null, officer, revoked)).toBe('ok');
		expect(validate(event('lost-phone'), null, admin, revoked)).toBe('ok');
		// The very same document again (a replication retry) is no change.
		expect(validate(event('lost-phone'), event('lost-phone'), officer, revoked)).toBe('ok');
		const media = { ...officer, db: 'media-99901' };
		const photo = {
			_id: 'attachment:01234.260310.2001:x:lost-phone:1',
			type: 'attachment',
			dossier_code: '01234.260310.2001',
			device_id: 'lost-phone',
			bytes: 3,
			_attachments: { file: { content_type: 'image/jpeg', digest: 'md5-x' } }
		};
		expect(validate(photo, null, media, open)).toBe('ok');
		expect(validate(photo, null, media, revoked)).toBe('forbidden');
	});

	it('lets only admins write a revocation, of this commune, with its fields', () => {
		const doc = {
			_id: 'revocation:99901:lost-phone',
			type: 'revocation',
			commune: '99901',
			device_id: 'lost-phone',
			slot: 1,
			generation: 0,
			revoked_at: '2026-03-12T09:30:00.000Z',
			free_from: '2026-03-13'
		};
		expect(validate(doc, null, admin, open)).toBe('ok');
		expect(validate(doc, null, officer, open)).toBe('forbidden');
		expect(validate({ ...doc, _id: 'revocation:99902:lost-phone' }, null, admin, open)).toBe(
			'forbidden'
		);
		expect(validate({ ...doc, free_from: 'tomorrow' }, null, admin, open)).toBe('forbidden');
		expect(validate({ ...doc, _deleted: true }, doc, admin, open)).toBe('forbidden');
	});

	it('accepts freed-slot claims only with a matching generation and a first date', () => {
		const claim = { type: 'slot', commune: '99901', slot: 1, device_id: 'new-phone' };
		expect(validate({ ...claim, _id: 'slot:99901:1' }, null, officer, open)).toBe('ok');
		const again = { ...claim, _id: 'slot:99901:1:1', generation: 1, first_date: '2026-03-13' };
		expect(validate(again, null, officer, open)).toBe('ok');
		expect(validate({ ...again, generation: 2 }, null, officer, open)).toBe('forbidden');
		expect(validate({ ...again, first_date: undefined }, null, officer, open)).toBe('forbidden');
		expect(validate({ ...again, _id: 'slot:99901:1:0', generation: 0 }, null, officer, open)).toBe(
			'forbidden'
		);
	});
});

describe.each(engines('users'))('_users on $engine', ({ validate }) => {
	const users = { db: '_users', name: 'officer-99901', roles: ['commune:99901'] };
	const me = {
		_id: 'org.couchdb.user:officer-99901',
		name: 'officer-99901',
		type: 'user',
		roles: []
	};
	it('lets a user update an existing account and refuses creation and deletion', () => {
		expect(validate({ ...me, password: 'x' }, me, users, {})).toBe('ok');
		expect(validate(me, null, users, {})).toBe('forbidden');
		expect(validate(me, null, { db: '_users', name: null, roles: [] }, {})).toBe('forbidden');
		expect(validate({ ...me, _deleted: true }, me, users, {})).toBe('forbidden');
		expect(validate(me, null, { ...users, roles: ['_admin'] }, {})).toBe('ok');
	});
});
