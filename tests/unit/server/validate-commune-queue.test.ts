import { describe, expect, it } from 'vitest';
import { engines } from './couch-js.js';

// The queue's documents (issue 16) through the commune validate_doc_update, once as the Node
// module (the embedded server) and once compiled and run in QuickJS as Apache CouchDB does.
const DB = 'commune-99901';
const officer = { db: DB, name: 'officer-99901', roles: ['commune:99901'] };
const otherOfficer = { db: DB, name: 'officer-99902', roles: ['commune:99902'] };
const anonymous = { db: DB, name: null, roles: [] };
const admin = { db: DB, name: 'admin', roles: ['_admin'] };
const secObj = { members: { roles: ['commune:99901', 'upstream'] }, admins: { roles: ['_admin'] } };

const ticket = {
	_id: 'ticket:2026-03-10:ho_tich:1001',
	type: 'ticket',
	date: '2026-03-10',
	group: 'ho_tich',
	number: 1001,
	label: 'A1001',
	taken_at: '2026-03-10T01:00:00.000Z',
	hlc: '1773104400000-0000',
	device_id: 'tablet-1'
};
const call = {
	_id: 'call:2026-03-10:1773104460000-0000:desk-2:7',
	type: 'call',
	date: '2026-03-10',
	kind: 'call',
	ticket_id: ticket._id,
	counter: 2,
	groups: ['ho_tich', 'khac'],
	at: '2026-03-10T01:01:00.000Z',
	hlc: '1773104460000-0000',
	device_id: 'desk-2',
	seq: 7,
	officer: { id: 'cb-02', name: 'Lò Thị Hà' }
};
const served = {
	...call,
	_id: 'call:2026-03-10:1773104700000-0000:desk-2:8',
	kind: 'served',
	groups: undefined,
	hlc: '1773104700000-0000',
	seq: 8
};

describe.each(engines('commune'))('on $engine', ({ validate }) => {
	const outcome = (newDoc: object, oldDoc: object | null = null, who: object = officer) =>
		validate(JSON.parse(JSON.stringify(newDoc)), oldDoc, who, secObj);

	it('accepts a ticket, a call and an outcome from an officer of the commune', () => {
		expect(outcome(ticket)).toBe('ok');
		expect(outcome(call)).toBe('ok');
		expect(outcome(served)).toBe('ok');
		for (const kind of ['recall', 'no_show']) expect(outcome({ ...served, kind })).toBe('ok');
	});

	it('refuses them from another commune (403) and anonymous writers (401)', () => {
		expect(outcome(ticket, null, otherOfficer)).toBe('forbidden');
		expect(outcome(call, null, anonymous)).toBe('unauthorized');
	});

	it('keeps tickets and calls written once: no change, no deletion, the same again passes', () => {
		expect(outcome({ ...ticket, label: 'A1002' }, ticket, admin)).toBe('forbidden');
		expect(outcome({ ...call, counter: 3 }, call, admin)).toBe('forbidden');
		expect(outcome({ _id: call._id, _rev: '1-a', _deleted: true }, call, admin)).toBe('forbidden');
		expect(outcome({ ...ticket, _rev: '1-a' }, { ...ticket, _rev: '1-a' })).toBe('ok');
	});

	it('refuses a ticket whose _id, date, group, number or label do not agree', () => {
		expect(outcome({ ...ticket, _id: 'ticket:2026-03-10:ho_tich:1' })).toBe('forbidden');
		expect(outcome({ ...ticket, _id: 'ticket:2026-03-10:nha_o:1001', group: 'nha_o' })).toBe(
			'forbidden'
		);
		expect(outcome({ ...ticket, _id: 'ticket:2026-03-10:ho_tich:0000', number: 0 })).toBe(
			'forbidden'
		);
		expect(outcome({ ...ticket, date: '2026-03-11' })).toBe('forbidden');
		expect(outcome({ ...ticket, group: 'khac' })).toBe('forbidden');
		expect(outcome({ ...ticket, number: '1001' })).toBe('forbidden');
		expect(outcome({ ...ticket, label: 'a1001' })).toBe('forbidden');
		expect(outcome({ ...ticket, device_id: 'Bad Id' })).toBe('forbidden');
		expect(outcome({ ...ticket, taken_at: undefined })).toBe('forbidden');
	});

	it('refuses a call whose _id, kind, counter, ticket or groups are wrong', () => {
		expect(outcome({ ...call, _id: 'call:2026-03-10:x' })).toBe('forbidden');
		expect(outcome({ ...call, seq: 8 })).toBe('forbidden');
		expect(outcome({ ...call, device_id: 'desk-3' })).toBe('forbidden');
		expect(outcome({ ...call, hlc: '1773104460000-0001' })).toBe('forbidden');
		expect(outcome({ ...call, kind: 'skip' })).toBe('forbidden');
		expect(outcome({ ...call, counter: 0 })).toBe('forbidden');
		expect(outcome({ ...call, counter: 100 })).toBe('forbidden');
		expect(outcome({ ...call, counter: 1.5 })).toBe('forbidden');
		expect(outcome({ ...call, ticket_id: 'ticket:2026-03-09:ho_tich:1001' })).toBe('forbidden');
		expect(outcome({ ...call, ticket_id: 7 })).toBe('forbidden');
		expect(outcome({ ...call, groups: [] })).toBe('forbidden');
		expect(outcome({ ...call, groups: ['nha_o'] })).toBe('forbidden');
		expect(outcome({ ...call, groups: 'ho_tich' })).toBe('forbidden');
		expect(outcome({ ...served, groups: ['ho_tich'] })).toBe('forbidden');
	});

	it('keeps queue documents out of the media database', () => {
		const media = { db: 'media-99901', name: 'officer-99901', roles: ['commune:99901'] };
		expect(outcome(ticket, null, media)).toBe('forbidden');
	});
});
