import fs from 'node:fs';

/** Every MotCua database carries one design document under this id. */
export const DESIGN_DOC_ID = '_design/motcua';

const FILES = {
	catalog: new URL('./validate-catalog.js', import.meta.url),
	commune: new URL('./validate-commune.js', import.meta.url),
	status: new URL('./validate-status.js', import.meta.url),
	users: new URL('./validate-users.js', import.meta.url)
};
const EXPORT = 'export default ';

/** @typedef {'catalog' | 'commune' | 'status' | 'users'} DesignKind */

/**
 * The validate function's source as CouchDB must receive it: the text of its file from
 * `function` to the closing brace, made anonymous (`function (newDoc, oldDoc, userCtx,
 * secObj) {…}`). CouchDB's query server evaluates the source and keeps what it evaluates to
 * (share/server/util.js `compileFunction`): under QuickJS and SpiderMonkey a named declaration
 * evaluates to nothing, and every write then answers 500 `compilation_error "Expression does
 * not eval to a function"`; only an anonymous function expression compiles on both.
 * Read from the file rather than taken from `Function.prototype.toString`, so a test runner's
 * transform can never change what is uploaded (a second provisioning run from plain Node must
 * find it identical).
 * @param {DesignKind} kind
 */
export function validateSource(kind) {
	const text = fs.readFileSync(FILES[kind], 'utf8');
	const start = text.indexOf(EXPORT + 'function ');
	if (start < 0) throw new Error(`${FILES[kind].pathname}: no "export default function"`);
	return anonymous(text.slice(start + EXPORT.length).trim());
}

/**
 * `function name(a, b) {…}` → `function (a, b) {…}`.
 * @param {string} source starts with `function`
 */
export function anonymous(source) {
	return source.replace(/^function\s+[A-Za-z_$][\w$]*\s*\(/, 'function (');
}

/**
 * The design document a database should hold.
 * @param {DesignKind} kind
 * @returns {{ _id: string, language: 'javascript', validate_doc_update: string }}
 */
export function designDocFor(kind) {
	return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: validateSource(kind) };
}
