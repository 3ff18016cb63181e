import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { compileLikeCouch, engines } from './couch-js.js';
import { designDocFor } from '../../../server/design/design-docs.js';

// validate_doc_update of `status-<code>` (issue 16), called as CouchDB calls it: once as the
// Node module (express-pouchdb), once as uploaded and compiled in QuickJS (Apache CouchDB 3.4).
const DB = 'status-99901';
const officer = { db: DB, name: 'officer-99901', roles: ['commune:99901'] };
const otherOfficer = { db: DB, name: 'officer-99902', roles: ['commune:99902'] };
const reader = { db: DB, name: 'status-reader', roles: ['status-reader'] };
const upstream = { db: DB, name: 'upstream', roles: ['upstream'] };
const admin = { db: DB, name: 'admin', roles: ['_admin'] };
const anonymous = { db: DB, name: null, roles: [] };
const secObj = {
	members: { roles: ['commune:99901', 'upstream', 'status-reader'] },
	admins: { roles: ['_admin'] }
};
const status = {
	_id: 'K7M2Q9XPA3BWE4NR',
	type: 'status',
	commune: '99901',
	code: '000.01.11.H99-260105-1001',
	procedure_code: '1.001193',
	procedure_name: 'Đăng ký khai sinh',
	status: 2,
	appointment_at: '2026-01-05T08:00:00.000Z',
	supplement_needed: false,
	unit_name: 'Trung tâm Phục vụ hành chính công xã Na Sơn',
	unit_address: 'Xã Na Sơn, tỉnh Điện Biên',
	updated_at: '2026-01-05T02:00:00.000Z'
};

describe.each(engines('status'))('on $engine', ({ validate }) => {
	const outcome = (newDoc: object, oldDoc: object | null, userCtx: object) =>
		validate(newDoc, oldDoc, userCtx, secObj);

	it("lets the commune's officers, upstream and admins write, update and delete a status", () => {
		for (const who of [officer, upstream, admin]) {
			expect(outcome(status, null, who)).toBe('ok');
			expect(
				outcome({ ...status, _rev: '1-a', status: 5, supplement_needed: true }, status, who)
			).toBe('ok');
			expect(outcome({ _id: status._id, _rev: '2-b', _deleted: true }, status, who)).toBe('ok');
		}
		expect(outcome({ ...status, unit_address: undefined }, null, officer)).toBe('ok');
	});

	it('refuses anonymous writers (401), other communes and the public reader (403)', () => {
		expect(outcome(status, null, anonymous)).toBe('unauthorized');
		expect(outcome(status, null, otherOfficer)).toBe('forbidden');
		expect(outcome(status, null, reader)).toBe('forbidden');
		expect(outcome({ _id: status._id, _deleted: true }, status, reader)).toBe('forbidden');
	});

	it('refuses any field about the citizen, from anyone, admins included', () => {
		for (const field of ['name', 'citizen_id', 'phone', 'address', 'email', 'applicant', 'note']) {
			for (const who of [officer, admin]) {
				expect(outcome({ ...status, [field]: 'Nguyễn Văn A' }, null, who), field).toBe('forbidden');
			}
		}
		expect(outcome({ ...status, _attachments: {} }, null, officer)).toBe('forbidden');
	});

	it('refuses malformed statuses: guessable id, other commune, bad fields', () => {
		const bad: object[] = [
			{ ...status, _id: 'dossier:000.01.11.H99-260105-1001' },
			{ ...status, _id: 'K7M2Q9XPA3BWE4N' },
			{ ...status, _id: 'K7M2Q9XPA3BWE4NI' },
			{ ...status, _id: 'k7m2q9xpa3bwe4nr' },
			{ ...status, type: 'dossier' },
			{ ...status, commune: '99902' },
			{ ...status, status: 11 },
			{ ...status, status: '2' },
			{ ...status, supplement_needed: 'no' },
			{ ...status, appointment_at: '5/1/2026' },
			{ ...status, updated_at: undefined },
			{ ...status, procedure_name: '' },
			{ ...status, unit_name: 'x'.repeat(201) },
			{ motcua_probe: true, _id: 'ZZZZZZZZZZZZZZZZ' }
		];
		for (const doc of bad) expect(outcome(doc, null, admin), JSON.stringify(doc)).toBe('forbidden');
	});

	it('leaves design documents to CouchDB', () => {
		expect(outcome({ _id: '_design/motcua' }, null, admin)).toBe('ok');
	});
});

describe('the uploaded source', () => {
	it('is ES5 and compiles the way CouchDB compiles it', () => {
		const source = designDocFor('status').validate_doc_update;
		expect(source.startsWith('function (')).toBe(true);
		expect(() => parse(`(${source})`, { ecmaVersion: 5 })).not.toThrow();
		expect(() => compileLikeCouch(source).dispose()).not.toThrow();
	});
});
