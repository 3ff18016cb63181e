import type { MessageKey } from '$lib/i18n/messages';
import type { MessageParams } from '$lib/i18n/translate';

/** "30 giây", "2 phút": how long the unlock still waits, rounded up. */
export function waitText(
	ms: number,
	t: (key: MessageKey, params?: MessageParams) => string
): string {
	const seconds = Math.ceil(ms / 1000);
	return seconds < 120
		? t('lock.wait.seconds', { n: seconds })
		: t('lock.wait.minutes', { n: Math.ceil(seconds / 60) });
}
