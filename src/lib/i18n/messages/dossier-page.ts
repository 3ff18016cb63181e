import type { MessageTable } from '$lib/i18n/types';

/** Lines of the dossier page added with the transfer and correction views. */
export const dossierPageMessages = {
	'dossier.transfers': { vi: 'Đã chuyển đến', en: 'Transferred to' },
	'dossier.transferLine': { vi: '{agency} ({date})', en: '{agency} ({date})' }
} satisfies MessageTable;
