#!/usr/bin/env node
// Builds src/lib/seed/procedures-commune.json from the national procedure database's records
// of commune-level procedures (issue 18 point 7), through the same import the upstream office
// uses (src/lib/domain/catalog/import), so every entry is what the record says and nothing more.
//
//   node scripts/seed/build-commune-seed.js --dir <Data_DVC folder> --commit <sha>
//
// Source: text copies of the records on Cổng Dịch vụ công quốc gia in the public repository
// hdtruong802/Vietnam-AI-Innovation-Challenge-2026, folder data/Data_DVC (one <code>.txt per
// record); each entry cites the record's "Số quyết định" and the URL of the copy it came from.
// Kept: "Cấp thực hiện: Cấp Xã", published by a ministry's decision (…/QĐ-B…; province
// decisions name no province in the record), a field the commune one-stop office receives
// (vertical agencies' fields left out: customs, tax, treasury, social insurance, immigration,
// waterways, roads, vehicles, defence, e-identification, identity cards, border management),
// and a code the hand-written seed (procedures.json) does not already have.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { recordCells } from './dvc-records.js';

const REPO = 'hdtruong802/Vietnam-AI-Innovation-Challenge-2026';
/** @param {string} s accents, case and spacing do not matter when fields are compared */
const fold = (s) =>
	s
		.normalize('NFKD')
		.toLowerCase()
		.replace(/\p{M}+/gu, '')
		.replace(/đ/g, 'd')
		.replace(/\s+/g, ' ')
		.trim();
const LEFT_OUT_FIELDS = [
	'Hải quan',
	'Thuế',
	'Kho bạc Nhà nước',
	'Thực hiện chính sách BHXH',
	'Quản lý xuất nhập cảnh',
	'Hàng hải và đường thủy nội địa',
	'Đường bộ',
	'Đăng ký, quản lý phương tiện giao thông cơ giới, xe máy chuyên dùng',
	'Chính sách BQP',
	'Định danh và xác thực điện tử',
	'Cấp, quản lý căn cước',
	'Quản lý biên giới',
	'Chi trả các chế độ BHXH',
	'Thực hiện chính sách BHYT',
	'Thu BHXH, BHYT, BHTN, BH tai nạn lao động, BNN',
	'Phòng cháy, chữa cháy',
	'Quản lý ngành nghề đầu tư, kinh doanh có điều kiện về an ninh, trật tự'
].map(fold);
const HEADER = [
	'Mã thủ tục',
	'Tên thủ tục',
	'Lĩnh vực',
	'Cấp thực hiện',
	'Thời hạn giải quyết',
	'Phí, lệ phí',
	'Thành phần hồ sơ',
	'Giấy tờ thay bằng dữ liệu',
	'Căn cứ pháp lý',
	'Quyết định công bố',
	'Cơ quan có thẩm quyền',
	'Nguồn'
];

const { values } = parseArgs({
	options: {
		dir: { type: 'string' },
		commit: { type: 'string' },
		'effective-from': { type: 'string', default: '2026-07-20' },
		out: { type: 'string' }
	}
});
if (!values.dir || !values.commit) {
	console.error('usage: build-commune-seed.js --dir <Data_DVC folder> --commit <sha>');
	process.exit(2);
}
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const out = values.out ?? path.join(repoRoot, 'src/lib/seed/procedures-commune.json');
const handWritten = new Set(
	JSON.parse(fs.readFileSync(path.join(repoRoot, 'src/lib/seed/procedures.json'), 'utf8')).map(
		(/** @type {{ code: string }} */ p) => p.code
	)
);

const files = fs
	.readdirSync(values.dir)
	.filter((f) => /^\d\.\d{6}\.txt$/.test(f))
	.sort();
/** @type {string[][]} */
const rows = [HEADER];
const skipped = { level: 0, decision: 0, field: 0, seed: 0 };
for (const f of files) {
	const cells = recordCells(fs.readFileSync(path.join(values.dir, f), 'utf8'));
	if (cells['Cấp thực hiện'] !== 'Cấp Xã') {
		skipped.level += 1;
		continue;
	}
	if (!/\/QĐ-B/.test(cells['Số quyết định'] ?? '')) {
		skipped.decision += 1;
		continue;
	}
	if (LEFT_OUT_FIELDS.includes(fold(cells['Lĩnh vực'] ?? ''))) {
		skipped.field += 1;
		continue;
	}
	if (handWritten.has(cells['Mã thủ tục'] ?? '')) {
		skipped.seed += 1;
		continue;
	}
	const decision = `Quyết định số ${(cells['Số quyết định'] ?? '').replace(/^Quyết định số\s*/i, '')} (Cơ sở dữ liệu quốc gia về thủ tục hành chính, Cổng Dịch vụ công quốc gia)`;
	const url = `https://github.com/${REPO}/blob/${values.commit}/data/Data_DVC/${f}`;
	rows.push(
		HEADER.map((h) =>
			h === 'Quyết định công bố' ? decision : h === 'Nguồn' ? url : (cells[h] ?? '')
		)
	);
}

const { module: domain } = await runnerImport(
	path.join(repoRoot, 'src/lib/domain/catalog/import/index.ts'),
	{
		root: repoRoot,
		configFile: false,
		resolve: { alias: { $lib: path.join(repoRoot, 'src/lib') } },
		logLevel: 'error'
	}
);
const outcome = /** @type {any} */ (domain).importProcedureRows(rows, {
	effectiveFrom: values['effective-from']
});
const entries = outcome.procedures.map((/** @type {any} */ p) => ({
	...p,
	// The record's words were read, not checked against a province's list: always verify.
	confidence: {
		...p.confidence,
		level: 'verify',
		unverified: p.confidence.unverified.length > 0 ? p.confidence.unverified : ['documents']
	}
}));
fs.writeFileSync(out, `${JSON.stringify(entries, null, '\t')}\n`);
const reasons = new Map();
for (const p of outcome.problems) {
	const key = p.message.replace(/“[^”]*”/, '“…”');
	reasons.set(key, (reasons.get(key) ?? 0) + 1);
}
console.log(
	`${files.length} records; left out: ${skipped.level} not commune level, ${skipped.decision} province decisions, ${skipped.field} vertical agencies' fields, ${skipped.seed} already in procedures.json`
);
console.log(
	`${rows.length - 1} candidate rows → ${entries.length} entries, ${outcome.problems.length} refused:`
);
for (const [reason, n] of reasons) console.log(`  ${n} × ${reason}`);
console.log(`wrote ${path.relative(repoRoot, out)}`);
