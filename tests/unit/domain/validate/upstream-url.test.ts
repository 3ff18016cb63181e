import { describe, expect, it } from 'vitest';
import { parseUpstreamUrl } from '$lib/domain/validate/upstream-url';
import { expectFailure } from './expect-failure';

const APP = 'https://motcua.xa-demo.gov.vn';

describe('parseUpstreamUrl', () => {
	it('blank means the app origin under /couchdb (null)', () => {
		expect(parseUpstreamUrl('', APP)).toEqual({ ok: true, value: null });
		expect(parseUpstreamUrl('   ', APP)).toEqual({ ok: true, value: null });
		expect(parseUpstreamUrl(undefined, APP)).toEqual({ ok: true, value: null });
	});

	it('keeps an absolute https address of a CouchDB root, without trailing slashes', () => {
		expect(parseUpstreamUrl(' https://couch.tinh.gov.vn/couchdb/ ', APP)).toEqual({
			ok: true,
			value: 'https://couch.tinh.gov.vn/couchdb'
		});
		expect(parseUpstreamUrl('https://couch.tinh.gov.vn:6984', APP)).toEqual({
			ok: true,
			value: 'https://couch.tinh.gov.vn:6984'
		});
	});

	it('allows plain http to loopback, and anywhere when the app itself is on http', () => {
		expect(parseUpstreamUrl('http://127.0.0.1:5984', APP).ok).toBe(true);
		expect(parseUpstreamUrl('http://10.0.0.5:5984', 'http://127.0.0.1:4173').ok).toBe(true);
	});

	it('refuses other schemes, garbage, queries, and credentials in the address, with a Vietnamese message', () => {
		for (const bad of [
			'ftp://couch.tinh.gov.vn',
			'couch.tinh.gov.vn',
			'https://x/?a=1',
			'https://x/#y'
		]) {
			const [e] = expectFailure(parseUpstreamUrl(bad, APP));
			expect(e?.messageKey).toBe('error.upstream_url.invalid');
			expect(e?.field).toBe('upstream_url');
		}
		const [cred] = expectFailure(parseUpstreamUrl('https://admin:pw@couch.tinh.gov.vn', APP));
		expect(cred?.messageKey).toBe('error.upstream_url.credentials');
	});

	it('refuses plain http from an https app (the browser would block it as mixed content)', () => {
		const [e] = expectFailure(parseUpstreamUrl('http://couch.tinh.gov.vn:5984', APP));
		expect(e?.messageKey).toBe('error.upstream_url.insecure');
	});
});
