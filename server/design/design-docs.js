import fs from 'node:fs';

/** Every MotCua database carries one design document under this id. */
export const DESIGN_DOC_ID = '_design/motcua';

const FILES = {
	catalog: new URL('./validate-catalog.js', import.meta.url),
	commune: new URL('./validate-commune.js', import.meta.url)
};
const EXPORT = 'export default ';

/**
 * The validate function's source exactly as written in its file, from `function` to the closing
 * brace: what CouchDB stores and evaluates. Read from the file rather than taken from
 * `Function.prototype.toString`, so a test runner's transform can never change what is
 * uploaded (a second provisioning run from plain Node must find it identical).
 * @param {'catalog' | 'commune'} kind
 */
export function validateSource(kind) {
	const text = fs.readFileSync(FILES[kind], 'utf8');
	const start = text.indexOf(EXPORT + 'function ');
	if (start < 0) throw new Error(`${FILES[kind].pathname}: no "export default function"`);
	return text.slice(start + EXPORT.length).trim();
}

/**
 * The design document a database should hold.
 * @param {'catalog' | 'commune'} kind
 * @returns {{ _id: string, language: 'javascript', validate_doc_update: string }}
 */
export function designDocFor(kind) {
	return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: validateSource(kind) };
}
