// Reads one procedure record of the national procedure database as the text copies in
// hdtruong802/Vietnam-AI-Innovation-Challenge-2026 (data/Data_DVC/<code>.txt) lay it out:
// "Mã thủ tục: …", "Số quyết định: …", "Cách thức thực hiện:" blocks per channel, "Thành phần
// hồ sơ:" sections of items each followed by "Số lượng: Bản chính: N, Bản sao: M", "Căn cứ pháp
// lý:" items. Used only by scripts/seed/build-commune-seed.js.

/** @param {string} s */
const fold = (s) =>
	s
		.normalize('NFKD')
		.toLowerCase()
		.replace(/\p{M}+/gu, '')
		.replace(/đ/g, 'd');

const NO_INFO = /^không có thông tin\.?$/i;

/**
 * @param {string[]} lines
 * @param {string} label a top-level label ("Căn cứ pháp lý")
 * @returns {string[]} the indented lines under it
 */
function block(lines, label) {
	const start = lines.findIndex((l) => l.startsWith(`${label}:`));
	if (start < 0) return [];
	const out = [];
	for (let i = start + 1; i < lines.length; i += 1) {
		const line = /** @type {string} */ (lines[i]);
		if (line !== '' && !/^\s/.test(line)) break;
		out.push(line);
	}
	return out;
}

/** @param {string[]} lines @param {string} label */
function field(lines, label) {
	const line = lines.find((l) => l.startsWith(`${label}:`));
	const value = line ? line.slice(label.length + 1).trim() : '';
	return NO_INFO.test(value) ? '' : value;
}

/** "- - Tờ khai" → "Tờ khai" */
const clean = (/** @type {string} */ s) => s.replace(/^(?:\s*[-+*]\s+)+/, '').trim();

/**
 * The desk channel's time limit and fee (DIRECT), else the first channel's. The database
 * writes units as codes: WORKING_DAY, HOUR; "ngày" as such; OTHER means the unit is not one of
 * them, and is passed on as written (the import refuses it rather than guess).
 * @param {string[]} lines
 */
function channel(lines) {
	const rows = block(lines, 'Cách thức thực hiện');
	/** @type {{ form: string, time: string, fee: string }[]} */
	const channels = [];
	for (const raw of rows) {
		const line = raw.trim();
		if (line.startsWith('* Hình thức nộp:')) {
			channels.push({ form: line.slice(16).trim(), time: '', fee: '' });
		} else if (line.startsWith('Thời hạn giải quyết:') && channels.length > 0) {
			/** @type {any} */ (channels.at(-1)).time = line.slice(20).trim();
		} else if (line.startsWith('Phí, lệ phí:') && channels.length > 0) {
			/** @type {any} */ (channels.at(-1)).fee = line.slice(12).trim();
		}
	}
	const pick = channels.find((c) => c.form === 'DIRECT') ?? channels[0];
	const time = (pick?.time ?? '')
		.replace(/^(\d+(?:[.,]\d+)?)\s+WORKING_DAY$/, '$1 ngày làm việc')
		.replace(/^(\d+(?:[.,]\d+)?)\s+HOUR$/, '$1 giờ');
	return { time, fee: pick?.fee ?? '' };
}

/**
 * Words saying a database record stands in for a paper: marked on the item whose own text says
 * it, or on the item a note right after it is about (a note on identity papers: the identity
 * item). A reading of the text, not a fact of the record: the seed marks these entries verify.
 */
const REPLACED_BY_DATA =
	/(co so du lieu|csdl|du lieu dien tu|khai thac).*(khong phai|chi can)|(khong phai|chi can).*(co so du lieu|csdl|du lieu dien tu|khai thac)/;

/**
 * The items to submit or show, one line each with its counts, and the numbers of the items a
 * note right after them says a database record replaces. Notes (counts 0 and 0) are not items;
 * the "Lưu ý" section is left out.
 * @param {string[]} lines
 */
function documents(lines) {
	const rows = block(lines, 'Thành phần hồ sơ');
	/** @type {string[]} */
	const items = [];
	/** @type {number[]} */
	const replaceable = [];
	let skip = false;
	/** @type {string | undefined} */
	let pending;
	for (const raw of rows) {
		const line = raw.trim();
		if (line.startsWith('[')) {
			skip = fold(line).includes('luu y');
			pending = undefined;
			continue;
		}
		if (skip) continue;
		const count = /^Số lượng:\s*Bản chính:\s*(\d+),\s*Bản sao:\s*(\d+)/.exec(line);
		if (count && pending !== undefined) {
			const [originals, copies] = [Number(count[1]), Number(count[2])];
			const says = REPLACED_BY_DATA.test(fold(pending));
			/** @param {number} n */
			const mark = (n) => {
				if (n > 0 && !replaceable.includes(n)) replaceable.push(n);
			};
			if (originals + copies > 0) {
				const name = pending.length > 270 ? `${pending.slice(0, 269)}…` : pending;
				items.push(`${name} (Bản chính: ${originals}, Bản sao: ${copies})`);
				if (says) mark(items.length);
			} else if (says) {
				// A note about identity papers names them; any other note is about the item above it.
				const id = fold(pending).includes('giay to tuy than')
					? items.findIndex((i) => fold(i).includes('giay to tuy than')) + 1
					: 0;
				mark(id > 0 ? id : items.length);
			}
			pending = undefined;
		} else if (line.startsWith('-')) {
			pending = clean(line);
		}
	}
	return { items, replaceable };
}

/**
 * @param {string} text the record file
 * @returns {Record<string, string>} cells by the import's header names
 */
export function recordCells(text) {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const { time, fee } = channel(lines);
	const docs = documents(lines);
	const legal = block(lines, 'Căn cứ pháp lý')
		.map((l) => l.trim().replace(/^\*\s*/, ''))
		.filter((l) => l !== '');
	return {
		'Mã thủ tục': field(lines, 'Mã thủ tục'),
		'Số quyết định': field(lines, 'Số quyết định'),
		'Tên thủ tục': field(lines, 'Tên thủ tục'),
		'Cấp thực hiện': field(lines, 'Cấp thực hiện'),
		'Lĩnh vực': field(lines, 'Lĩnh vực'),
		'Cơ quan có thẩm quyền': field(lines, 'Cơ quan có thẩm quyền'),
		'Thời hạn giải quyết': time,
		'Phí, lệ phí': fee,
		'Thành phần hồ sơ': docs.items.join('\n'),
		'Giấy tờ thay bằng dữ liệu': docs.replaceable.join(', '),
		'Căn cứ pháp lý': legal.join('\n')
	};
}
