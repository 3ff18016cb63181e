import type { Party } from '$lib/domain/fold/hand-overs';
import { t } from '$lib/i18n/locale.svelte';
import { vnParts } from '$lib/ui/format';

/** How a printed form writes dates and the parties of a hand-over, in the UI language. */

/** `ngày 07 tháng 07 năm 2025` */
export function formDate(iso: string): string {
	return t('form.date', vnParts(iso));
}

/** `09 giờ 00 phút, ngày 07 tháng 07 năm 2025` */
export function formDateTime(iso: string): string {
	return t('form.dateTime', vnParts(iso));
}

/** `Công chức xử lý: Quàng Thị Lan`, `Bộ phận tiếp nhận và trả kết quả (Lò Văn Minh)` … */
export function partyText(party: Party): string {
	const name = party.name;
	switch (party.role) {
		case 'desk':
			return name ? t('form06.party.deskNamed', { name }) : t('form06.party.desk');
		case 'handler':
			return t('form06.party.handler', { name });
		case 'agency':
			return t('form06.party.agency', { name });
		case 'applicant':
			return t('form06.party.applicant', { name });
	}
}
