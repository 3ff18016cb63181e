import { translate, type MessageKey, type MessageParams } from './index';
import type { Locale } from './types';

const STORAGE_KEY = 'motcua.locale';

function initialLocale(): Locale {
	if (typeof localStorage === 'undefined') return 'vi';
	return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

/** The UI language (Vietnamese unless the officer switched), remembered on this device. */
class LocaleState {
	current = $state<Locale>(initialLocale());

	set(locale: Locale): void {
		this.current = locale;
		if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, locale);
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
	}

	toggle(): void {
		this.set(this.current === 'vi' ? 'en' : 'vi');
	}
}

export const locale = new LocaleState();

/** Translate in the current UI language; reactive when read inside a component. */
export function t(key: MessageKey, params?: MessageParams): string {
	return translate(key, params, locale.current);
}
