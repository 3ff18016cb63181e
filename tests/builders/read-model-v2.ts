/**
 * The read model's stores as version 2 declared them (`src/lib/db/read-model.ts`, versions 1
 * and 2 together): the schema a device updates from. Tests write a store with it, then let the
 * app's own version 3 upgrade it.
 */
export const READ_MODEL_V2 = {
	dossiers:
		'code, [open+appointment_at], appointment_at, legal_receipt_date, ' +
		'[status+appointment_at], [field_code+appointment_at], [procedure_code+appointment_at], ' +
		'handler_id, *terms, [book_year+book_volume+book_entry], ' +
		'[in_progress+overdue_at], closed_at',
	problems: 'id',
	procedures: 'code, field.code',
	calendars: 'year',
	units: 'code',
	meta: 'key'
} as const;
