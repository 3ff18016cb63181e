import { describe, expect, it } from 'vitest';
import { isMessageKey, messages } from '$lib/i18n';
import { calendarMessages } from '$lib/i18n/messages/calendar';
import { catalogMessages } from '$lib/i18n/messages/catalog';
import { commonMessages } from '$lib/i18n/messages/common';
import { dossierMessages } from '$lib/i18n/messages/dossier';
import { pwaMessages } from '$lib/i18n/messages/pwa';
import { uiMessages } from '$lib/i18n/messages/ui';
import { FlagCode } from '$lib/domain/fold';
import { EventKind, CorrectablePath } from '$lib/domain/schemas/events';
import { Channel } from '$lib/domain/schemas/dossier';
import { labelKey } from '$lib/domain/validate/zod-errors';

describe('dossier messages', () => {
	it('share no key with another area (the merged table would silently keep one)', () => {
		const others = [
			commonMessages,
			calendarMessages,
			catalogMessages,
			uiMessages,
			pwaMessages
		].flatMap((t) => Object.keys(t));
		const clashes = Object.keys(dossierMessages).filter((k) => others.includes(k));
		expect(clashes).toEqual([]);
		expect(Object.keys(messages)).toEqual(expect.arrayContaining(Object.keys(dossierMessages)));
	});

	it('have a message for every flag, a label for every event kind, channel and correctable field', () => {
		for (const code of FlagCode.options) expect(isMessageKey(`error.${code}`), code).toBe(true);
		for (const kind of ['received', ...EventKind.options])
			expect(isMessageKey(`event.${kind}`), kind).toBe(true);
		for (const channel of Channel.options)
			expect(isMessageKey(`channel.${channel}`), channel).toBe(true);
		for (const path of CorrectablePath.options)
			expect(labelKey(path.split('.')), path).toBeDefined();
	});

	it('write Vietnamese with its diacritics', () => {
		for (const [key, { vi, en }] of Object.entries(dossierMessages)) {
			expect(vi.trim(), key).not.toBe('');
			expect(en.trim(), key).not.toBe('');
			if (key.startsWith('error.')) expect(vi, key).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳýộệữờở]/u);
		}
	});
});
