import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProcedure } from '$lib/domain/schemas/procedure';
import { LIST_HEADER, listRow, type ListRow } from '../../builders/import-rows';
import { ADMIN, couch, removeDir, startTestServer, tempDir } from './harness';

const run = promisify(execFile);
const CLI = path.resolve('scripts/catalog-import.js');

let dataDir: string;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
	dataDir = tempDir();
	server = await startTestServer(dataDir);
});

afterAll(async () => {
	await server?.close();
	removeDir(dataDir);
});

/** A real .xlsx written by exceljs: a title row, the header, the rows. */
async function writeList(name: string, rows: readonly ListRow[]): Promise<string> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Danh mục');
	sheet.addRow(['DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ (thử)']);
	sheet.addRow([...LIST_HEADER]);
	for (const r of rows) sheet.addRow(LIST_HEADER.map((h) => r[h] ?? null));
	const file = path.join(dataDir, name);
	await workbook.xlsx.writeFile(file);
	return file;
}

/** `npm run catalog:import -- …` as a child process; resolves whatever its exit code. */
async function cli(...args: string[]): Promise<{ code: number; out: string }> {
	try {
		const { stdout } = await run(process.execPath, [
			CLI,
			'--url',
			server.couchUrl,
			'--admin',
			`${ADMIN.name}:${ADMIN.password}`,
			'--province',
			'11',
			'--effective-from',
			'2025-07-01',
			...args
		]);
		return { code: 0, out: stdout };
	} catch (err) {
		const e = err as { code: number; stdout: string };
		return { code: e.code, out: e.stdout };
	}
}

const admin = { name: ADMIN.name, password: ADMIN.password };
const getDoc = (id: string) => couch(server.couchUrl, admin, 'GET', `/catalog/${id}`);

describe('npm run catalog:import against the embedded server', () => {
	const rows = [
		listRow({ 'Mã thủ tục': '1.999001', 'Tên thủ tục': 'Thủ tục thử một' }),
		listRow({
			'Mã thủ tục': '1.999002',
			'Tên thủ tục': 'Thủ tục thử hai',
			'Thời hạn giải quyết': '05 ngày làm việc',
			'Phí, lệ phí': ''
		}),
		listRow({ 'Mã thủ tục': '1.999003', 'Thời hạn giải quyết': 'chưa rõ' }),
		// In the seed with provincial fees: only Điện Biên's table is added.
		listRow({ 'Mã thủ tục': '1.004873', 'Phí, lệ phí': 'Lệ phí: 5.000 đồng' })
	];

	it('a dry run reports and writes nothing', async () => {
		const file = await writeList('dry.xlsx', rows);
		const r = await cli('--file', file, '--dry-run');
		expect(r.out).toContain('3 thủ tục đọc được, 1 dòng bị từ chối');
		expect(r.out).toContain('  created 2');
		expect(r.out).toContain('  province fees 1');
		expect((await getDoc('procedure:1.999001')).status).toBe(404);
	});

	it('imports the good rows, reports the bad one by row and reason, exits 1', async () => {
		const file = await writeList('list.xlsx', rows);
		const r = await cli('--file', file, '--source-url', 'https://example.gov.vn/qd-9');
		expect(r.code).toBe(1);
		expect(r.out).toContain('dòng 5 (1.999003): Thời hạn giải quyết: không đọc được “chưa rõ”');
		expect(r.out).toContain('3 changes');
		const one = await getDoc('procedure:1.999001');
		expect(one.status).toBe(200);
		const parsed = parseProcedure(one.body);
		expect(parsed.ok).toBe(true);
		expect(one.body.source).toMatchObject({
			decision: 'Quyết định số 1/QĐ-UBND (thử)',
			url: 'https://example.gov.vn/qd-9',
			file: 'list.xlsx',
			row: 3
		});
		const two = await getDoc('procedure:1.999002');
		expect(two.body.fee_set_by).toBe('unknown');
		expect((await getDoc('procedure:1.999003')).status).toBe(404);
		const seed = await getDoc('procedure:1.004873');
		expect(seed.body).toMatchObject({
			name_en: 'Certificate of marital status',
			province_fees: {
				'11': { fees: [{ label: 'Lệ phí: 5.000 đồng', amount: 5000, per: 'case' }] }
			}
		});
	});

	it('a second run of the same file changes nothing', async () => {
		const file = path.join(dataDir, 'list.xlsx');
		expect(fs.existsSync(file)).toBe(true);
		const before = (await getDoc('procedure:1.999001')).body._rev;
		const r = await cli('--file', file, '--source-url', 'https://example.gov.vn/qd-9');
		expect(r.out).toContain('0 changes');
		expect(r.out).toContain('  unchanged 3');
		expect((await getDoc('procedure:1.999001')).body._rev).toBe(before);
	});

	it('a corrected list replaces what the import wrote', async () => {
		const file = await writeList('list-2.xlsx', [
			listRow({ 'Mã thủ tục': '1.999001', 'Thời hạn giải quyết': '02 ngày làm việc' })
		]);
		const r = await cli('--file', file);
		expect(r.code).toBe(0);
		expect(r.out).toContain('  replaced 1');
		const doc = await getDoc('procedure:1.999001');
		expect(doc.body.time_limit).toEqual({ unit: 'working_days', value: 2 });
	});

	it('a CSV export reads the same, codes kept as text', async () => {
		const file = path.join(dataDir, 'list.csv');
		fs.writeFileSync(
			file,
			'\ufeffMã thủ tục;Tên thủ tục;Thời hạn giải quyết;Quyết định công bố\n1.999010;Thủ tục CSV;Trong ngày;QĐ CSV (thử)\n'
		);
		const r = await cli('--file', file);
		expect(r.code).toBe(0);
		expect((await getDoc('procedure:1.999010')).body.name).toBe('Thủ tục CSV');
	});

	it('refuses an unknown province and a file it cannot read, writing nothing', async () => {
		const file = await writeList('bad-province.xlsx', rows);
		const r = await run(process.execPath, [
			CLI,
			'--file',
			file,
			'--province',
			'99',
			'--dry-run'
		]).catch((e: { code: number; stderr: string }) => e);
		expect('code' in r && r.code).toBe(2);
		const txt = path.join(dataDir, 'list.txt');
		fs.writeFileSync(txt, 'x');
		const r2 = await cli('--file', txt);
		expect(r2.code).toBe(2);
	});
});
