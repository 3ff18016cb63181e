import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { CompilationError, compileLikeCouch, engines } from './couch-js.js';
import { designDocFor } from '../../../server/design/design-docs.js';

// The function is called exactly as CouchDB calls validate_doc_update, once as the Node module
// (express-pouchdb) and once as uploaded, compiled and run in QuickJS as Apache CouchDB does.
const DB = 'catalog';
const officer = { db: DB, name: 'officer-99901', roles: ['commune:99901'] };
const upstream = { db: DB, name: 'upstream', roles: ['upstream'] };
const admin = { db: DB, name: 'admin', roles: ['_admin'] };
const anonymous = { db: DB, name: null, roles: [] };
const secObj = { members: { roles: ['upstream', 'commune:99901'] }, admins: { roles: ['_admin'] } };

const procedure = { _id: 'procedure:1.001193', type: 'procedure', name: 'Đăng ký khai sinh' };
const calendar = { _id: 'calendar:2026', type: 'calendar', year: 2026 };
const unit = { _id: 'unit:99901', type: 'unit', code: '99901' };

describe.each(engines('catalog'))('on $engine', ({ validate }) => {
	const outcome = (newDoc: object, oldDoc: object | null, userCtx: object, sec: object = secObj) =>
		validate(newDoc, oldDoc, userCtx, sec);

	describe('catalog validate_doc_update', () => {
		it('lets the upstream office and admins create, edit and delete catalog documents', () => {
			for (const who of [upstream, admin]) {
				for (const doc of [procedure, calendar, unit]) {
					expect(outcome(doc, null, who)).toBe('ok');
					expect(outcome({ ...doc, note: 'sửa' }, doc, who)).toBe('ok');
					expect(outcome({ _id: doc._id, _deleted: true }, doc, who)).toBe('ok');
				}
			}
		});

		it('refuses commune officers (403), whatever they write, and anonymous writers (401)', () => {
			expect(outcome(procedure, null, officer)).toBe('forbidden');
			expect(outcome({ ...procedure, fee: 0 }, procedure, officer)).toBe('forbidden');
			expect(outcome({ _id: procedure._id, _deleted: true }, procedure, officer)).toBe('forbidden');
			expect(outcome(procedure, null, anonymous)).toBe('unauthorized');
		});

		it('accepts a database admin named in _security', () => {
			const sec = { ...secObj, admins: { names: ['editor'], roles: [] } };
			expect(outcome(procedure, null, { db: DB, name: 'editor', roles: [] }, sec)).toBe('ok');
		});

		it('refuses malformed documents: no type, wrong prefix, empty code, foreign type', () => {
			expect(outcome({ _id: 'procedure:1' }, null, upstream)).toBe('forbidden');
			expect(outcome({ ...procedure, _id: 'calendar:2026' }, null, upstream)).toBe('forbidden');
			expect(outcome({ ...procedure, _id: '1.001193' }, null, upstream)).toBe('forbidden');
			expect(outcome({ ...procedure, _id: 'procedure:' }, null, upstream)).toBe('forbidden');
			expect(outcome({ _id: 'event:1', type: 'event' }, null, upstream)).toBe('forbidden');
			expect(outcome({ _id: 'dossier:1', type: 'dossier' }, null, admin)).toBe('forbidden');
		});

		it('leaves design documents to CouchDB', () => {
			expect(outcome({ _id: '_design/motcua' }, null, upstream)).toBe('ok');
		});
	});
});

describe('design documents', () => {
	it('carry each validate function as ES5 source CouchDB can evaluate', () => {
		for (const kind of ['catalog', 'commune'] as const) {
			const ddoc = designDocFor(kind);
			expect(ddoc._id).toBe('_design/motcua');
			expect(ddoc.validate_doc_update.startsWith('function (')).toBe(true);
			// CouchDB's engine may be ES5 only: the source must parse as ES5 (acorn, the parser
			// SvelteKit itself depends on).
			expect(() => parse(`(${ddoc.validate_doc_update})`, { ecmaVersion: 5 })).not.toThrow();
			// Self-contained: evaluated alone, as CouchDB does, it still works.
			const fn = new Function(`return (${ddoc.validate_doc_update})`)();
			expect(typeof fn).toBe('function');
		}
	});

	it('evaluated alone, the catalog function still refuses a commune officer', () => {
		const src = designDocFor('catalog').validate_doc_update;
		const fn = new Function(`return (${src})`)();
		expect(() => fn(procedure, null, officer, secObj)).toThrow();
		expect(fn(procedure, null, upstream, secObj)).toBeUndefined();
	});

	it('compile the way Apache CouchDB compiles them (QuickJS): anonymous, evaluating to a function', () => {
		for (const kind of ['catalog', 'commune'] as const) {
			expect(() =>
				compileLikeCouch(designDocFor(kind).validate_doc_update).dispose()
			).not.toThrow();
		}
	});

	it('a named declaration does not compile on CouchDB (what every write answered with 500)', () => {
		const named = 'function validateCommune(newDoc, oldDoc, userCtx, secObj) {}';
		expect(() => compileLikeCouch(named)).toThrow(CompilationError);
		expect(() => compileLikeCouch(named)).toThrow(/does not eval to a function/);
		expect(() => compileLikeCouch('function (a) { return a +; }')).toThrow(CompilationError);
	});
});
