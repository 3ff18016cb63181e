import { getQuickJS, type QuickJSContext } from 'quickjs-emscripten';
import { designDocFor } from '../../../server/design/design-docs.js';
import validateCatalog from '../../../server/design/validate-catalog.js';
import validateCommune from '../../../server/design/validate-commune.js';
import validateStatus from '../../../server/design/validate-status.js';
import validateUsers from '../../../server/design/validate-users.js';

/**
 * The design documents' JavaScript, run the two ways a MotCua upstream runs it:
 * - "Node": the module itself, as express-pouchdb (the embedded server) runs it;
 * - "QuickJS": the uploaded `validate_doc_update` source, compiled the way Apache CouchDB 3.4's
 *   QuickJS query server compiles a design function, then called inside QuickJS.
 *
 * CouchDB's rule (share/server/util.js `compileFunction`): the source is evaluated as a global
 * script (`evalcx` → `JS_Eval(…, JS_EVAL_TYPE_GLOBAL)`) and what it evaluates to must be a
 * function, else "Expression does not eval to a function". CouchDB patches QuickJS so that a
 * top-level statement starting `function (` is parsed as an expression ("Spidermonkey 1.8.5
 * mode", src/couch_quickjs/patches/01-spidermonkey-185-mode.patch); stock QuickJS here has no
 * such patch, so that one case is evaluated in parentheses, which is what the patch does. A
 * named declaration `function f(…) {…}` evaluates to nothing under both, exactly as on CouchDB.
 */

export type Outcome = 'ok' | 'forbidden' | 'unauthorized';
export type Validate = (
	newDoc: object,
	oldDoc: object | null,
	userCtx: object,
	sec: object
) => Outcome;
export type Kind = 'catalog' | 'commune' | 'status' | 'users';

const quickjs = await getQuickJS();

/** The CouchDB error a compile failure answers with, as its message. */
export class CompilationError extends Error {}

/**
 * Compiles `source` the way CouchDB does, in a fresh QuickJS context, and binds the function to
 * the global `__ddoc_fun`. Throws CompilationError as CouchDB answers `compilation_error`.
 */
export function compileLikeCouch(source: string): QuickJSContext {
	const vm = quickjs.newContext();
	const patched = /^\s*(async\s+)?function\s*\(/.test(source) ? `(${source}\n)` : source;
	const result = vm.evalCode(patched, 'ddoc');
	if (result.error) {
		const reason = JSON.stringify(vm.dump(result.error));
		result.error.dispose();
		vm.dispose();
		throw new CompilationError(`compilation_error ${reason}`);
	}
	const isFunction = vm.typeof(result.value) === 'function';
	if (!isFunction) {
		result.value.dispose();
		vm.dispose();
		throw new CompilationError('compilation_error Expression does not eval to a function.');
	}
	vm.setProp(vm.global, '__ddoc_fun', result.value);
	result.value.dispose();
	return vm;
}

function classify(err: unknown): Outcome {
	const thrown = err as { forbidden?: string; unauthorized?: string } | null;
	if (thrown?.forbidden) return 'forbidden';
	if (thrown?.unauthorized) return 'unauthorized';
	throw err;
}

function inNode(kind: Kind): Validate {
	const fn = {
		catalog: validateCatalog,
		commune: validateCommune,
		status: validateStatus,
		users: validateUsers
	}[kind];
	return (newDoc, oldDoc, userCtx, sec) => {
		try {
			fn(newDoc, oldDoc, userCtx, sec);
			return 'ok';
		} catch (err) {
			return classify(err);
		}
	};
}

function inQuickJS(kind: Kind): Validate {
	const vm = compileLikeCouch(designDocFor(kind).validate_doc_update);
	return (newDoc, oldDoc, userCtx, sec) => {
		// Arguments cross as JSON, as CouchDB hands them to its query server.
		const args = [newDoc, oldDoc, userCtx, sec].map((a) => JSON.stringify(a)).join(', ');
		const call = `(function () {
			try { __ddoc_fun(${args}); return { ok: true }; }
			catch (e) { return { thrown: e instanceof Error ? { error: String(e) } : e }; }
		})()`;
		const result = vm.unwrapResult(vm.evalCode(call, 'call'));
		const answer = vm.dump(result) as { ok?: true; thrown?: unknown };
		result.dispose();
		return answer.ok ? 'ok' : classify(answer.thrown);
	};
}

/** Both engines, for `describe.each`. */
export function engines(kind: Kind): Array<{ engine: string; validate: Validate }> {
	return [
		{ engine: 'Node (express-pouchdb)', validate: inNode(kind) },
		{ engine: 'QuickJS (Apache CouchDB)', validate: inQuickJS(kind) }
	];
}
