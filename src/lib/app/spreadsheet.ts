/**
 * Spreadsheet files made on the device, with no network: XLSX through exceljs (loaded only when
 * someone exports, so the first page stays small; the service worker precaches its chunk like
 * every other build file) and CSV in UTF-8 with a byte-order mark so Excel shows the diacritics.
 */

export interface SheetData {
	readonly name: string;
	/** Lines above the table (title, unit, period), each in its own merged row. */
	readonly title?: readonly string[];
	readonly headers: readonly string[];
	readonly rows: readonly (readonly (string | number | null)[])[];
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel forbids some characters and more than 31 characters in a sheet name. */
const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

/** The workbook as bytes: one sheet per table, bold wrapped headers, frozen header row. */
export async function xlsxBytes(sheets: readonly SheetData[]): Promise<ArrayBuffer> {
	const { default: ExcelJS } = await import('exceljs');
	const wb = new ExcelJS.Workbook();
	wb.creator = 'MotCua';
	for (const s of sheets) {
		const ws = wb.addWorksheet(sheetName(s.name));
		for (const line of s.title ?? []) {
			const row = ws.addRow([line]);
			row.font = { bold: true };
			ws.mergeCells(row.number, 1, row.number, Math.max(1, s.headers.length));
		}
		const header = ws.addRow([...s.headers]);
		header.font = { bold: true };
		header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
		header.eachCell((cell) => {
			cell.border = { bottom: { style: 'thin' } };
		});
		for (const r of s.rows) ws.addRow(r.map((v) => (v === null ? '' : v)));
		ws.views = [{ state: 'frozen', ySplit: header.number }];
		ws.columns.forEach((col, i) => {
			const longest = Math.max(
				...[s.headers[i] ?? '', ...s.rows.map((r) => String(r[i] ?? ''))].map((v) =>
					Math.min(v.length, 50)
				)
			);
			col.width = Math.max(6, longest + 2);
		});
	}
	return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

const cell = (v: string | number | null) => {
	const s = v === null ? '' : String(v);
	return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV text (RFC 4180, CRLF) with a UTF-8 byte-order mark. */
export function csvText(sheet: SheetData): string {
	const lines = [sheet.headers, ...sheet.rows].map((r) => r.map(cell).join(','));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Hands a file to the browser's download. */
export function saveFile(data: BlobPart, fileName: string, type: string): void {
	const url = URL.createObjectURL(new Blob([data], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function downloadXlsx(fileName: string, sheets: readonly SheetData[]): Promise<void> {
	saveFile(await xlsxBytes(sheets), fileName, XLSX_TYPE);
}

export function downloadCsv(fileName: string, sheet: SheetData): void {
	saveFile(csvText(sheet), fileName, 'text/csv;charset=utf-8');
}
