import type { Commands } from '$lib/app/commands';
import { t } from '$lib/i18n/locale.svelte';

export type UnitPhotosOutcome = Awaited<ReturnType<Commands['fetchUnitPhotos']>>;

/** What the unit's officer reads about the photo fetch of the open dossier (issue 17). */
export function unitPhotosNote(o: UnitPhotosOutcome | 'loading' | null): string {
	if (o === null || (typeof o === 'object' && o.kind === 'not_unit')) return '';
	if (o === 'loading') return t('media.unit.loading');
	if (o.kind === 'offline') return t('media.unit.offline');
	const parts: string[] = [];
	if (o.failed > 0) parts.push(t('media.unit.failed', { n: o.failed }));
	if (o.skipped > 0) parts.push(t('media.unit.skipped', { n: o.skipped }));
	return parts.length > 0 ? parts.join(' ') : t('media.unit.kept');
}
