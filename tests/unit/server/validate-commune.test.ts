import { describe, expect, it } from 'vitest';
import { engines } from './couch-js.js';

// The function is called exactly as CouchDB calls validate_doc_update, once as the Node module
// (express-pouchdb) and once as uploaded, compiled and run in QuickJS as Apache CouchDB does.
const DB = 'commune-99901';
const officer = { db: DB, name: 'officer-99901', roles: ['commune:99901'] };
const otherOfficer = { db: DB, name: 'officer-99902', roles: ['commune:99902'] };
const upstream = { db: DB, name: 'upstream', roles: ['upstream'] };
const admin = { db: DB, name: 'admin', roles: ['_admin'] };
const anonymous = { db: DB, name: null, roles: [] };
const secObj = { members: { roles: ['commune:99901', 'upstream'] }, admins: { roles: ['_admin'] } };

const event = {
	_id: 'event:000.01.11.H99-260310-0001:0001741571200000-0000:tablet-1:1',
	type: 'event',
	kind: 'received',
	dossier_id: 'dossier:000.01.11.H99-260310-0001'
};
const dossier = {
	_id: 'dossier:000.01.11.H99-260310-0001',
	type: 'dossier',
	code: '000.01.11.H99-260310-0001'
};
const slot = {
	_id: 'slot:99901:3',
	type: 'slot',
	commune: '99901',
	slot: 3,
	device_id: 'tablet-1'
};
const device = {
	_id: 'device:99901:tablet-1',
	type: 'device',
	commune: '99901',
	device_id: 'tablet-1',
	slot: 3
};

const jpeg = { content_type: 'image/jpeg', data: '/9j/AA==' };
const photo = {
	_id: 'attachment:000.01.11.H99-260310-0001:to_khai:tablet-1:2026031008000000000',
	type: 'attachment',
	dossier_code: '000.01.11.H99-260310-0001',
	bytes: 4,
	_attachments: { file: jpeg }
};
const mediaOfficer = { db: 'media-99901', name: 'officer-99901', roles: ['commune:99901'] };

describe.each(engines('commune'))('on $engine', ({ validate }) => {
	const outcome = (newDoc: object, oldDoc: object | null, userCtx: object, sec: object = secObj) =>
		validate(newDoc, oldDoc, userCtx, sec);

	describe('commune validate_doc_update: who may write', () => {
		it("accepts new documents from the commune's officer and admins", () => {
			for (const who of [officer, admin]) {
				expect(outcome(event, null, who)).toBe('ok');
				expect(outcome(dossier, null, who)).toBe('ok');
			}
		});

		it('refuses commune documents from the upstream office (it writes only its one-stop events, issue 17)', () => {
			expect(outcome(event, null, upstream)).toBe('forbidden');
			expect(outcome(dossier, null, upstream)).toBe('forbidden');
		});

		it("refuses another commune's officer (403) and anonymous writers (401)", () => {
			expect(outcome(event, null, otherOfficer)).toBe('forbidden');
			expect(outcome(event, null, anonymous)).toBe('unauthorized');
			expect(outcome(event, null, { db: DB, name: 'someone', roles: [] })).toBe('forbidden');
		});

		it('accepts a database admin named in _security', () => {
			const sec = { ...secObj, admins: { names: ['clerk'], roles: [] } };
			expect(outcome(event, null, { db: DB, name: 'clerk', roles: [] }, sec)).toBe('ok');
		});

		it('derives the commune from the database name, so one role never opens another commune', () => {
			const inOtherDb = { ...officer, db: 'commune-99902' };
			expect(outcome(event, null, inOtherDb)).toBe('forbidden');
		});

		it('leaves design documents to CouchDB (only database admins reach them)', () => {
			expect(outcome({ _id: '_design/motcua', validate_doc_update: '' }, null, officer)).toBe('ok');
		});
	});

	describe('commune validate_doc_update: written once', () => {
		it('refuses any change to an existing event or intake, by anyone', () => {
			for (const who of [officer, upstream, admin]) {
				expect(outcome({ ...event, kind: 'returned' }, event, who)).toBe('forbidden');
				expect(outcome({ ...dossier, code: 'x' }, dossier, who)).toBe('forbidden');
				expect(outcome({ ...event, extra: 1 }, event, who)).toBe('forbidden');
			}
		});

		it('refuses deletions of events, intakes, slots and device records', () => {
			for (const doc of [event, dossier, slot, device]) {
				expect(outcome({ _id: doc._id, _rev: '1-a', _deleted: true }, doc, admin)).toBe(
					'forbidden'
				);
			}
			expect(outcome({ _id: event._id, _deleted: true }, null, officer)).toBe('forbidden');
		});

		it('refuses writing over a deleted document (an id is never reused)', () => {
			const tombstone = { _id: event._id, _rev: '2-b', _deleted: true };
			expect(outcome(event, tombstone, admin)).toBe('forbidden');
		});

		it('lets the very same content through again (a retried replication), whatever the key order', () => {
			const again = {
				dossier_id: event.dossier_id,
				kind: event.kind,
				type: 'event',
				_id: event._id
			};
			const stored = { ...event, _rev: '1-abc', _revisions: { start: 1, ids: ['abc'] } };
			expect(outcome({ ...again, _rev: '1-abc' }, stored, officer)).toBe('ok');
		});

		it('compares attachments by name, type and digest, not by stub or inline form', () => {
			const stub = { file: { content_type: 'image/jpeg', digest: 'md5-x', stub: true, length: 3 } };
			const inline = { file: { content_type: 'image/jpeg', digest: 'md5-x', data: 'AAAA' } };
			const changed = { file: { content_type: 'image/jpeg', digest: 'md5-y', data: 'BBBB' } };
			const stored = { ...photo, _attachments: stub };
			expect(outcome({ ...photo, _attachments: inline }, stored, mediaOfficer)).toBe('ok');
			expect(outcome({ ...photo, _attachments: changed }, stored, mediaOfficer)).toBe('forbidden');
		});

		it('keeps images out of the records: no attachment on a record, no record in media', () => {
			const withFile = { ...event, _attachments: { file: jpeg } };
			expect(outcome(withFile, null, officer)).toBe('forbidden');
			expect(outcome(photo, null, officer)).toBe('forbidden');
			expect(outcome(event, null, mediaOfficer)).toBe('forbidden');
			expect(outcome(photo, null, mediaOfficer)).toBe('ok');
		});

		it('takes one file named "file", JPEG, PNG or PDF, of a stated size, named after its dossier', () => {
			expect(outcome({ ...photo, _attachments: {} }, null, mediaOfficer)).toBe('forbidden');
			const two = { file: jpeg, other: jpeg };
			expect(outcome({ ...photo, _attachments: two }, null, mediaOfficer)).toBe('forbidden');
			const gif = { file: { content_type: 'image/gif', data: 'AAAA' } };
			expect(outcome({ ...photo, _attachments: gif }, null, mediaOfficer)).toBe('forbidden');
			expect(outcome({ ...photo, bytes: 9 * 1024 * 1024 }, null, mediaOfficer)).toBe('forbidden');
			expect(outcome({ ...photo, dossier_code: 'other' }, null, mediaOfficer)).toBe('forbidden');
			const otherMedia = { db: 'media-99901', name: 'officer-99902', roles: ['commune:99902'] };
			expect(outcome(photo, null, otherMedia)).toBe('forbidden');
		});

		it('refuses changing a slot claim or device record', () => {
			expect(outcome({ ...slot, device_id: 'thief-1' }, slot, officer)).toBe('forbidden');
			expect(outcome({ ...device, slot: 4 }, device, upstream)).toBe('forbidden');
		});
	});

	describe('commune validate_doc_update: malformed documents', () => {
		it('refuses a document without a type', () => {
			expect(outcome({ _id: 'event:x' }, null, officer)).toBe('forbidden');
			expect(outcome({ _id: 'event:x', type: '' }, null, officer)).toBe('forbidden');
			expect(outcome({ _id: 'event:x', type: 7 }, null, officer)).toBe('forbidden');
		});

		it('refuses an _id whose prefix does not match the type', () => {
			expect(outcome({ ...event, _id: 'dossier:abc' }, null, officer)).toBe('forbidden');
			expect(outcome({ ...dossier, _id: 'abc' }, null, officer)).toBe('forbidden');
			expect(outcome({ ...dossier, _id: 'dossier:' }, null, officer)).toBe('forbidden');
			expect(outcome({ ...event, _id: 'eventx:1' }, null, officer)).toBe('forbidden');
		});

		it('refuses catalog types and unknown types in a commune database', () => {
			expect(outcome({ _id: 'procedure:1.001193', type: 'procedure' }, null, upstream)).toBe(
				'forbidden'
			);
			expect(outcome({ _id: 'note:1', type: 'note' }, null, officer)).toBe('forbidden');
		});

		it('checks slot claims: id shape, this commune, slot number, device id', () => {
			expect(outcome(slot, null, officer)).toBe('ok');
			expect(outcome({ ...slot, _id: 'slot:99901:10', slot: 10 }, null, officer)).toBe('forbidden');
			expect(outcome({ ...slot, _id: 'slot:99902:3' }, null, officer)).toBe('forbidden');
			expect(outcome({ ...slot, slot: 4 }, null, officer)).toBe('forbidden');
			expect(outcome({ ...slot, slot: '3' }, null, officer)).toBe('forbidden');
			expect(outcome({ ...slot, device_id: 'Bad Id' }, null, officer)).toBe('forbidden');
			expect(outcome({ ...slot, device_id: undefined }, null, officer)).toBe('forbidden');
		});

		it('checks device records: id shape, this commune, matching device id, slot 0–9', () => {
			expect(outcome(device, null, officer)).toBe('ok');
			expect(outcome({ ...device, _id: 'device:99902:tablet-1' }, null, officer)).toBe('forbidden');
			expect(outcome({ ...device, device_id: 'tablet-2' }, null, officer)).toBe('forbidden');
			expect(outcome({ ...device, slot: 10 }, null, officer)).toBe('forbidden');
			expect(outcome({ ...device, slot: 1.5 }, null, officer)).toBe('forbidden');
			expect(outcome({ ...device, _id: 'device:99901:UPPER' }, null, officer)).toBe('forbidden');
		});
	});
});
