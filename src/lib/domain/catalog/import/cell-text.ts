/**
 * Cell values as a spreadsheet reader gives them (exceljs: string, number, boolean, Date; empty
 * cells undefined or null), turned into text.
 */
export function cellText(value: unknown): string {
	if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (value instanceof Date && !Number.isNaN(value.getTime())) {
		return value.toISOString().slice(0, 10);
	}
	return '';
}

/**
 * A procedure code cell. A spreadsheet that typed `1.000410` as a number keeps 1.00041: such a
 * number gets its six decimals back. Spaces inside the code are dropped.
 */
export function codeText(value: unknown): string {
	if (typeof value === 'number' && Number.isFinite(value) && value > 0 && value < 10) {
		return value.toFixed(6);
	}
	return cellText(value).replace(/\s+/g, '');
}

/**
 * The national code of a province's local version: `1.004873.000.00.00.H14` and `1.013965.H19`
 * are the national `1.004873` and `1.013965` with the province's agency code appended (DOMAIN.md
 * fact 14); the catalog keys procedures by the national code.
 */
export function nationalCode(code: string): string {
	const m = /^(\d\.\d{6})(?:\.[0-9.]*)?\.H\d{2}$/.exec(code);
	return m ? (m[1] as string) : code;
}
