#!/usr/bin/env node
// `npm run catalog:import -- --url <couchdb> --admin <user:pass> --file list.xlsx --province 11`
// Imports a province's list of commune-level procedures (an .xlsx or .csv export with the
// national procedure database's fields) into the upstream `catalog` database. Rows are taken
// whole or refused whole, with their row number and the reason in Vietnamese; a second run of
// the same file changes nothing. See docs/SERVER.md §2b.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { readTable } from '../server/catalog-import/read-table.js';
import { writeImported } from '../server/catalog-import/write-catalog.js';
import { createCouchClient, parseCredentials } from '../server/provision/couch-client.js';

const HELP = `Usage: npm run catalog:import -- --file <list.xlsx|list.csv> --province <code> [options]

  --file <path>            the list: .xlsx (first sheet, or --sheet) or .csv (UTF-8)
  --province <code>        2-digit province code (Decision 19/2025/QĐ-TTg), e.g. 11 Điện Biên
  --url <url>              CouchDB base URL (…/couchdb for the embedded server)
  --admin <user:password>  a server admin (or COUCH_ADMIN, or credentials in --url)
  --decision <text>        the publishing decision, for rows without "Quyết định công bố"
  --source-url <url>       where the list was published (cited on every entry)
  --effective-from <date>  YYYY-MM-DD the entries apply from (default: today in Vietnam)
  --sheet <name>           the worksheet of an .xlsx file
  --db <name>              catalog database (default: catalog)
  --dry-run                read and report, write nothing (without --url: the file only)
`;

/** @param {string} message */
function usage(message) {
	console.error(`catalog:import: ${message}\n\n${HELP}`);
	process.exit(2);
}

const { values } = parseArgs({
	options: {
		file: { type: 'string' },
		province: { type: 'string' },
		url: { type: 'string' },
		admin: { type: 'string' },
		decision: { type: 'string' },
		'source-url': { type: 'string' },
		'effective-from': { type: 'string' },
		sheet: { type: 'string' },
		db: { type: 'string', default: 'catalog' },
		'dry-run': { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false }
	}
});
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
if (!values.file) usage('--file is required');
if (!values.province) usage('--province is required');
if (!values.url && !values['dry-run']) usage('--url is required (or --dry-run)');
const file = path.resolve(/** @type {string} */ (values.file));
if (!fs.existsSync(file)) usage(`no such file: ${file}`);
const effectiveFrom =
	values['effective-from'] ??
	new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
if (!/^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom)) usage('--effective-from must be YYYY-MM-DD');

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const { module: domain } = await runnerImport(
	path.join(repoRoot, 'src/lib/domain/catalog/import/index.ts'),
	{
		root: repoRoot,
		configFile: false,
		resolve: { alias: { $lib: path.join(repoRoot, 'src/lib') } },
		logLevel: 'error'
	}
);
const { importProcedureRows, mergeImported, ProvinceCode } = /** @type {any} */ (domain);
if (!ProvinceCode.safeParse(values.province).success) {
	usage(`--province ${values.province} is not a province code of Decision 19/2025/QĐ-TTg`);
}
const province = /** @type {string} */ (values.province);

/** @type {Awaited<ReturnType<typeof readTable>>} */
let rows;
try {
	const firstLine = fs.readFileSync(file, 'utf8').split('\n', 1)[0];
	rows = await readTable(file, { sheet: values.sheet, firstLine });
} catch (err) {
	console.error(
		`catalog:import: không đọc được tệp / cannot read ${file}: ${/** @type {Error} */ (err).message}`
	);
	process.exit(2);
}

const outcome = importProcedureRows(rows, {
	province,
	decision: values.decision,
	url: values['source-url'],
	file: path.basename(file),
	effectiveFrom
});
if (outcome.header) {
	console.log(
		`Dòng tiêu đề / header row: ${outcome.header.row}; cột bỏ qua / ignored columns: ${outcome.header.map.ignored.join(', ') || '—'}`
	);
}
for (const p of outcome.problems) {
	console.log(`  dòng ${p.row}${p.code ? ` (${p.code})` : ''}: ${p.message}`);
}
console.log(
	`${outcome.procedures.length} thủ tục đọc được, ${outcome.problems.length} dòng bị từ chối / ${outcome.procedures.length} read, ${outcome.problems.length} refused`
);

let failed = outcome.problems.length > 0;
if (values.url) {
	const adminArg = values.admin ?? process.env.COUCH_ADMIN;
	const admin = adminArg ? parseCredentials(adminArg) : null;
	if (!admin && !new URL(values.url).username) usage('--admin user:password is required');
	const client = createCouchClient(values.url, admin);
	const report = await writeImported(
		client,
		/** @type {string} */ (values.db),
		outcome.procedures,
		{
			province,
			merge: mergeImported,
			dryRun: values['dry-run']
		}
	);
	if (values['dry-run']) console.log('Chạy thử, không ghi gì / dry run, nothing written:');
	console.log(`  created ${report.created.length}`);
	console.log(`  replaced ${report.replaced.length}`);
	console.log(`  province fees ${report.provinceFees.length}`);
	console.log(`  unchanged ${report.unchanged.length}`);
	console.log(`  kept ${report.kept.length}`);
	for (const p of report.problems) console.log(`  ${p}`);
	const changes = report.created.length + report.replaced.length + report.provinceFees.length;
	console.log(values['dry-run'] ? `${changes} changes (dry run)` : `${changes} changes`);
	failed ||= report.problems.length > 0;
}
process.exit(failed ? 1 : 0);
