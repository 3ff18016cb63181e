import path from 'node:path';
import ExcelJS from 'exceljs';

/**
 * The value of one exceljs cell as plain data: text of rich text, hyperlinks and formulas,
 * numbers, dates and booleans as they are, nothing for errors and empty cells.
 * @param {unknown} value
 * @returns {string | number | boolean | Date | undefined}
 */
function plain(value) {
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
		return value;
	}
	if (value instanceof Date) return value;
	const v = /** @type {Record<string, any>} */ (value);
	if (Array.isArray(v.richText)) return v.richText.map((/** @type {any} */ r) => r.text).join('');
	if ('text' in v) return plain(v.text);
	if ('result' in v) return plain(v.result);
	return undefined;
}

/**
 * Reads the first sheet (or `sheet`) of an .xlsx file, or a .csv file (UTF-8, with or without
 * BOM; `,` or `;` as separator, the one the first line has more of), into rows of cell values,
 * row i of the result being spreadsheet row i + 1. exceljs does the reading; CSV cells stay text
 * (`map` keeps exceljs from turning `1.000410` into a number).
 * @param {string} file
 * @param {{ sheet?: string, firstLine?: string }} [options]
 * @returns {Promise<(string | number | boolean | Date | undefined)[][]>}
 */
export async function readTable(file, options = {}) {
	const ext = path.extname(file).toLowerCase();
	const workbook = new ExcelJS.Workbook();
	/** @type {import('exceljs').Worksheet | undefined} */
	let sheet;
	if (ext === '.csv') {
		const first = options.firstLine ?? '';
		const delimiter =
			(first.match(/;/g) ?? []).length > (first.match(/,/g) ?? []).length ? ';' : ',';
		sheet = await workbook.csv.readFile(file, {
			map: (/** @type {unknown} */ v) => v,
			parserOptions: { delimiter }
		});
	} else if (ext === '.xlsx') {
		await workbook.xlsx.readFile(file);
		sheet = options.sheet ? workbook.getWorksheet(options.sheet) : workbook.worksheets[0];
		if (!sheet) throw new Error(`không có trang tính "${options.sheet ?? ''}" trong ${file}`);
	} else {
		throw new Error(`chỉ nhận tệp .xlsx hoặc .csv, không nhận "${ext || file}"`);
	}
	/** @type {(string | number | boolean | Date | undefined)[][]} */
	const rows = [];
	sheet.eachRow({ includeEmpty: true }, (row, n) => {
		const values = /** @type {unknown[]} */ (row.values);
		rows[n - 1] = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) =>
			plain(values[i + 1])
		);
	});
	for (let i = 0; i < rows.length; i += 1) rows[i] ??= [];
	return rows;
}
