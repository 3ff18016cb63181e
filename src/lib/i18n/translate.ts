import { messages, type MessageKey } from './messages';
import type { Locale } from './types';

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders. Unknown placeholders stay visible so a missing param is noticed. */
export function format(template: string, params: MessageParams = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** The message for `key` in `locale` (Vietnamese by default). */
export function translate(key: MessageKey, params?: MessageParams, locale: Locale = 'vi'): string {
	return format(messages[key][locale], params);
}

export function isMessageKey(key: string): key is MessageKey {
	return key in messages;
}
