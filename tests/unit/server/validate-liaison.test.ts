import { describe, expect, it } from 'vitest';
import { engines } from './couch-js.js';

// One-stop across levels (issue 17): who may write the upstream-only events, checked the way
// CouchDB calls validate_doc_update, as the Node module and as compiled in QuickJS.
const DB = 'commune-99901';
const CODE = '000.01.11.H99-260310-0001';
const officer = { db: DB, name: 'officer-99901', roles: ['commune:99901'] };
const unitA = { db: DB, name: 'upstream', roles: ['upstream', 'agency:snnmt-11'] };
const unitB = { db: DB, name: 'stp', roles: ['upstream', 'agency:stp-11'] };
const plainUpstream = { db: DB, name: 'province', roles: ['upstream'] };
const admin = { db: DB, name: 'admin', roles: ['_admin'] };
const secObj = { members: { roles: ['commune:99901', 'upstream'] }, admins: { roles: ['_admin'] } };

const transferId = `event:${CODE}:0001741571200000-0000:xa-1:000001`;
const transfer = {
	_id: transferId,
	type: 'event',
	kind: 'transferred',
	dossier_code: CODE,
	to_agency: 'Sở Nông nghiệp và Môi trường tỉnh Điện Biên',
	to_unit: 'snnmt-11'
};
const accepted = {
	_id: `event:${CODE}:0001741571300000-0000:so-1:000001`,
	type: 'event',
	kind: 'upstream_accepted',
	dossier_code: CODE,
	unit: 'snnmt-11',
	transfer_id: transferId
};
const dossier = { _id: `dossier:${CODE}`, type: 'dossier', code: CODE };

describe.each(engines('commune'))('on $engine', ({ validate }) => {
	const outcome = (newDoc: object, userCtx: object, oldDoc: object | null = null) =>
		validate(newDoc, oldDoc, userCtx, secObj);

	it('lets the upstream unit write its own upstream events', () => {
		expect(outcome(accepted, unitA)).toBe('ok');
		for (const kind of [
			'upstream_supplement_requested',
			'upstream_resolved',
			'upstream_refused',
			'upstream_sent_back'
		]) {
			expect(outcome({ ...accepted, kind }, unitA)).toBe('ok');
		}
	});

	it('refuses an upstream event in the name of another unit', () => {
		expect(outcome(accepted, unitB)).toBe('forbidden');
		expect(outcome({ ...accepted, unit: undefined }, unitA)).toBe('forbidden');
		expect(outcome(accepted, plainUpstream)).toBe('forbidden');
	});

	it('refuses an upstream event whose transfer or id belongs to another dossier', () => {
		expect(outcome({ ...accepted, transfer_id: 'event:000.02.11.H99-260310-0001:x' }, unitA)).toBe(
			'forbidden'
		);
		expect(outcome({ ...accepted, transfer_id: undefined }, unitA)).toBe('forbidden');
		expect(outcome({ ...accepted, dossier_code: '000.02.11.H99-260310-0001' }, unitA)).toBe(
			'forbidden'
		);
	});

	it("refuses the commune's own kinds, intakes and slots from an upstream writer", () => {
		for (const who of [unitA, plainUpstream]) {
			expect(outcome(transfer, who)).toBe('forbidden');
			expect(outcome({ ...transfer, kind: 'resolved', outcome: 'approved' }, who)).toBe(
				'forbidden'
			);
			expect(outcome({ ...transfer, kind: 'returned', method: 'desk' }, who)).toBe('forbidden');
			expect(outcome(dossier, who)).toBe('forbidden');
			expect(
				outcome(
					{ _id: 'slot:99901:4', type: 'slot', commune: '99901', slot: 4, device_id: 'so-1' },
					who
				)
			).toBe('forbidden');
		}
	});

	it('refuses upstream-only events from the commune, even naming a unit', () => {
		expect(outcome(accepted, officer)).toBe('forbidden');
		expect(outcome({ ...accepted, kind: 'upstream_resolved', outcome: 'approved' }, officer)).toBe(
			'forbidden'
		);
		const both = { ...officer, roles: ['commune:99901', 'upstream', 'agency:snnmt-11'] };
		expect(outcome(accepted, both)).toBe('forbidden');
	});

	it('still lets the commune transfer (with or without a unit) and the admin write anything', () => {
		expect(outcome(transfer, officer)).toBe('ok');
		expect(outcome({ ...transfer, to_unit: undefined }, officer)).toBe('ok');
		expect(outcome(accepted, admin)).toBe('ok');
		expect(outcome(dossier, admin)).toBe('ok');
	});

	it('accepts the same upstream event again (a retried replication), never a changed one', () => {
		expect(outcome(accepted, unitA, accepted)).toBe('ok');
		expect(outcome({ ...accepted, unit: 'snnmt-11', extra: 1 }, unitA, accepted)).toBe('forbidden');
	});

	it('keeps upstream events out of the media database', () => {
		const media = { ...unitA, db: 'media-99901' };
		expect(outcome(accepted, media)).toBe('forbidden');
	});
});
