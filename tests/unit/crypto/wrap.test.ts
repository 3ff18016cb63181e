import { describe, expect, it } from 'vitest';
import { createDeviceSecret, hashTerm, openJson, openWrap, rewrap, sealJson } from '$lib/crypto';

// A low count keeps the suite fast; the production count is a parameter like any other.
const FAST = 1000;

describe('device secret wraps', () => {
	it('opens with the right password and refuses a wrong one', async () => {
		const { wrap, keys } = await createDeviceSecret('mật-khẩu-đúng', FAST);
		const sealed = await sealJson(keys.seal, { name: 'Nguyễn Văn An' }, 'dossier:x');
		const again = await openWrap(wrap, 'mật-khẩu-đúng');
		expect(again).not.toBeNull();
		expect(await openJson(again!.seal, sealed, 'dossier:x')).toEqual({ name: 'Nguyễn Văn An' });
		expect(await openWrap(wrap, 'mật-khẩu-sai')).toBeNull();
	});

	it('re-wraps the same secret under a new password, refusing a wrong current one', async () => {
		const { wrap, keys } = await createDeviceSecret('cũ', FAST);
		const sealed = await sealJson(keys.seal, 'Lò Thị Hoa', 'event:1');
		expect(await rewrap(wrap, 'không-phải', 'mới', FAST)).toBeNull();
		const next = await rewrap(wrap, 'cũ', 'mới', FAST);
		expect(next).not.toBeNull();
		expect(next!.salt).not.toBe(wrap.salt);
		expect(await openWrap(next!, 'cũ')).toBeNull();
		const opened = await openWrap(next!, 'mới');
		expect(await openJson(opened!.seal, sealed, 'event:1')).toBe('Lò Thị Hoa');
	});

	it('refuses a tampered wrap', async () => {
		const { wrap } = await createDeviceSecret('pw', FAST);
		const flipped = wrap.wrapped.slice(0, -2) + (wrap.wrapped.endsWith('A') ? 'BB' : 'AA');
		expect(await openWrap({ ...wrap, wrapped: flipped }, 'pw')).toBeNull();
	});
});

describe('sealed values', () => {
	it('refuses a tampered ciphertext and one moved to another document', async () => {
		const { keys } = await createDeviceSecret('pw', FAST);
		const sealed = await sealJson(keys.seal, { phone: '0912345678' }, 'dossier:a');
		expect(sealed).not.toContain('0912345678');
		const body = sealed.slice(3);
		const i = Math.floor(body.length / 2);
		const tampered = `v1.${body.slice(0, i)}${body[i] === 'A' ? 'B' : 'A'}${body.slice(i + 1)}`;
		expect(await openJson(keys.seal, tampered, 'dossier:a')).toBeUndefined();
		expect(await openJson(keys.seal, sealed, 'dossier:b')).toBeUndefined();
		const other = await createDeviceSecret('pw', FAST);
		expect(await openJson(other.keys.seal, sealed, 'dossier:a')).toBeUndefined();
	});
});

describe('keyed search hashes', () => {
	it('are stable under one key, differ from the term and across devices', async () => {
		const { wrap, keys } = await createDeviceSecret('pw', FAST);
		const h = await hashTerm(keys.search, 'nguyen');
		expect(h).toHaveLength(12);
		expect(h).not.toBe('nguyen');
		expect(h).not.toContain('nguyen');
		const reopened = await openWrap(wrap, 'pw');
		expect(await hashTerm(reopened!.search, 'nguyen')).toBe(h);
		expect(await hashTerm(keys.search, 'nguyet')).not.toBe(h);
		const other = await createDeviceSecret('pw', FAST);
		expect(await hashTerm(other.keys.search, 'nguyen')).not.toBe(h);
	});
});
