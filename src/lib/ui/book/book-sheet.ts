import type { DossierRow } from '$lib/db/queries';
import type { Table, Translate } from '$lib/ui/reports/report-tables';

/** `dd/mm/yyyy hh:mm` in Vietnam time, or '' for none. */
function vnDateTime(iso: string): string {
	if (!iso) return '';
	const vn = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
	return `${vn.slice(8, 10)}/${vn.slice(5, 7)}/${vn.slice(0, 4)} ${vn.slice(11, 16)}`;
}

/**
 * The tracking book as a sheet with the official columns of Form 07 (TT 01/2018 Form 06;
 * DOMAIN.md 2.7), in book order (volume, entry).
 */
export function bookSheet(t: Translate, rows: readonly DossierRow[]): Table {
	const sorted = [...rows].sort(
		(a, b) =>
			a.book_year - b.book_year || a.book_volume - b.book_volume || a.book_entry - b.book_entry
	);
	return {
		name: t('book.xlsxSheet'),
		headers: [
			t('book.col.entry'),
			t('book.col.code'),
			t('book.col.procedure'),
			t('book.x.sets'),
			t('book.col.applicant'),
			t('book.col.contact'),
			t('book.x.agency'),
			t('book.x.received'),
			t('book.x.due'),
			t('book.x.sent'),
			t('book.x.back'),
			t('book.x.returned'),
			t('book.x.note')
		],
		rows: sorted.map((r) => [
			`${r.book_volume}/${r.book_entry}`,
			r.code,
			r.procedure_name,
			r.sets,
			r.applicant_name,
			r.applicant_phone ? `${r.applicant_address}; ${r.applicant_phone}` : r.applicant_address,
			r.competent_authority,
			vnDateTime(r.received_at),
			vnDateTime(r.appointment_at),
			vnDateTime(r.transferred_at),
			vnDateTime(r.resolved_at),
			vnDateTime(r.returned_at),
			r.note
		])
	};
}
