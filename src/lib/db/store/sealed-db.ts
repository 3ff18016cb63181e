import { openDoc, sealDoc, sealDocs } from './sealed-docs';
import type { LocalDb } from './pouch';

/**
 * Puts the device's sealing between PouchDB and IndexedDB for one database, as transform-pouch
 * does (it is not in this project's packages; this is the part of it the app needs): writes
 * (`bulkDocs`, `put`, and so replication's `bulkDocs({new_edits: false})`) seal each document,
 * reads (`get`, `allDocs`, `bulkGet`, and so replication's push) open it. Replication therefore
 * sends plain documents upstream and the fold sees plain documents, while IndexedDB holds only
 * sealed bodies. Revisions and ids are untouched, so conflicts, `_revs_diff` and the upstream
 * write-once rule work as before. Not wrapped: `changes({include_docs})`: its documents come
 * sealed, so code that needs one reads it with `get` (`sync/revocation.ts`); PouchDB's
 * replicator reads them through `bulkGet`.
 */

type Callback = (error: unknown, result?: unknown) => void;
type Method = (...args: unknown[]) => Promise<unknown>;

function callbackOf(args: unknown[]): [unknown[], Callback | undefined] {
	const last = args[args.length - 1];
	return typeof last === 'function' ? [args.slice(0, -1), last as Callback] : [args, undefined];
}

function wrap(
	db: LocalDb,
	name: 'bulkDocs' | 'put' | 'get' | 'allDocs' | 'bulkGet',
	around: (orig: Method, args: unknown[]) => Promise<unknown>
) {
	const target = db as unknown as Record<string, Method>;
	const orig = target[name]!.bind(db) as Method;
	target[name] = (...all: unknown[]) => {
		const [args, cb] = callbackOf(all);
		const done = around(orig, args);
		if (cb)
			done.then(
				(r) => cb(null, r),
				(e: unknown) => cb(e)
			);
		return done;
	};
}

type Doc = Record<string, unknown>;
type Row = { doc?: Doc | null };

async function openRows<T extends { rows: Row[] }>(res: T): Promise<T> {
	const rows = await Promise.all(
		res.rows.map(async (r) => (r.doc ? { ...r, doc: await openDoc(r.doc) } : r))
	);
	return { ...res, rows };
}

export function sealedDb(db: LocalDb): LocalDb {
	wrap(db, 'bulkDocs', async (orig, [req, ...rest]) => {
		if (Array.isArray(req)) return orig(await sealDocs(req as Doc[]), ...rest);
		const body = req as { docs: Doc[] };
		return orig({ ...body, docs: await sealDocs(body.docs) }, ...rest);
	});
	wrap(db, 'put', async (orig, [doc, ...rest]) => orig(await sealDoc(doc as Doc), ...rest));
	wrap(db, 'get', async (orig, args) => {
		const res = await orig(...args);
		if (!Array.isArray(res)) return openDoc(res);
		// `open_revs`: [{ ok: doc } | { missing: rev }]
		return Promise.all(
			(res as { ok?: Doc }[]).map(async (r) => (r.ok ? { ...r, ok: await openDoc(r.ok) } : r))
		);
	});
	wrap(db, 'allDocs', async (orig, args) => openRows((await orig(...args)) as { rows: Row[] }));
	wrap(db, 'bulkGet', async (orig, args) => {
		const res = (await orig(...args)) as { results: { docs: { ok?: Doc }[] }[] };
		const results = await Promise.all(
			res.results.map(async (r) => ({
				...r,
				docs: await Promise.all(
					r.docs.map(async (d) => (d.ok ? { ...d, ok: await openDoc(d.ok) } : d))
				)
			}))
		);
		return { ...res, results };
	});
	return db;
}
