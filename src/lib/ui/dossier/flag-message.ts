import type { Flag } from '$lib/domain/fold/state';
import type { EventDoc } from '$lib/domain/schemas/events';
import type { MessageKey } from '$lib/i18n';
import type { MessageParams } from '$lib/i18n/translate';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * What is wrong with a flagged event, in words for the officer reading the dossier. Most flags
 * read as the command error the step would have met; a step an upstream unit wrote for a
 * dossier it does not hold (issue 17: a forged or late `upstream_*` event, which CouchDB cannot
 * refuse) was written all the same, so it says which unit wrote it and that it does not count.
 */
export function flagMessage(
	f: Flag,
	event: EventDoc | undefined,
	ctx: { code: string; procedure: string },
	t: Translate
): string {
	const step = event ? t(`event.${event.kind}` as MessageKey) : f.event_id;
	if (f.code === 'not_transferred') {
		const unit = event && 'unit' in event ? String(event.unit) : '—';
		return t('flag.not_transferred', { code: ctx.code, unit, step });
	}
	return t(`error.${f.code}` as MessageKey, {
		code: ctx.code,
		field: step,
		procedure: ctx.procedure
	});
}
