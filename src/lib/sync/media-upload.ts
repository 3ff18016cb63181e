import type { JournalDb, PhotoRow } from '$lib/db/store';
import { openPhotoBlob } from '$lib/db/store';
import {
	earliestRetry,
	markFailed,
	markUploaded,
	nextDue,
	uploadBacklog,
	type UploadBacklog
} from '$lib/db/media';
import { ATTACHMENT_FILE } from '$lib/domain/schemas/attachment';
import type { Credentials } from './engine';

/**
 * The media lane of the sync (issue 9): document photos go upstream one at a time, to the
 * commune's `media-<code>` database, only while the records lane has nothing left to send and
 * only once upstream holds the photo's dossier record, so a slow or failing image never holds
 * back a dossier and never arrives before it. A failed upload waits its own back-off and
 * the next image goes meanwhile.
 */

export interface MediaSink {
	media(state: MediaLaneState): void;
}

export interface MediaLaneState {
	readonly backlog: UploadBacklog;
	readonly uploading: boolean;
	/** Images uploaded since this lane started. */
	readonly sent: number;
	readonly lastError: string | null;
}

export interface MediaUploaderOptions {
	readonly journal: JournalDb;
	readonly remoteBase: string;
	/** The local commune database name (`commune-<code>`): its photos go to `media-<code>`. */
	readonly communeDb: string;
	readonly credentials: Credentials;
	readonly fetch: typeof fetch;
	readonly sink: MediaSink;
	/** True when the records lane is caught up: images never go before records. */
	readonly recordsIdle: () => boolean;
	readonly now?: () => string;
}

export const mediaDbOf = (communeDb: string) => communeDb.replace(/^commune-/, 'media-');

function base64(bytes: Uint8Array): string {
	let text = '';
	const CHUNK = 0x8000;
	for (let i = 0; i < bytes.length; i += CHUNK) {
		text += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
	}
	return btoa(text);
}

export function basicAuth(c: Credentials): string {
	const bytes = new TextEncoder().encode(`${c.username}:${c.password}`);
	return `Basic ${base64(bytes)}`;
}

/** PUTs one photo's document with its file. Resolves when upstream holds exactly this file. */
export async function putPhoto(
	fetcher: typeof fetch,
	url: string,
	auth: string,
	row: PhotoRow
): Promise<void> {
	// The file is sealed on the device (issue 19); upstream gets the plain attachment.
	const file = await openPhotoBlob(row);
	if (!file) throw new Error('no local file');
	const data = base64(new Uint8Array(await file.arrayBuffer()));
	const body = JSON.stringify({
		...row.doc,
		_attachments: { [ATTACHMENT_FILE]: { content_type: row.content_type, data } }
	});
	const target = `${url}/${encodeURIComponent(row.id)}`;
	const res = await fetcher(target, {
		method: 'PUT',
		headers: { 'Content-Type': 'application/json', Authorization: auth },
		body
	});
	if (res.status === 201 || res.status === 202) return;
	if (res.status === 409) {
		// Sent before and the answer was lost on the link: upstream holds it if the size matches.
		const have = await fetcher(target, { headers: { Authorization: auth } });
		const doc = have.ok
			? ((await have.json()) as { _attachments?: Record<string, { length?: number }> })
			: null;
		if (doc?._attachments?.[ATTACHMENT_FILE]?.length === row.bytes) return;
		throw new Error(`conflict ${have.status}`);
	}
	throw new Error(`HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
}

/**
 * Which of `ids` upstream holds with the same size: the check before a phone drops its copy.
 * Any failure answers "none": a file is never dropped on a doubt.
 */
export async function confirmedUpstream(
	fetcher: typeof fetch,
	url: string,
	auth: string,
	rows: readonly { id: string; bytes: number }[]
): Promise<Set<string>> {
	if (rows.length === 0) return new Set();
	try {
		const res = await fetcher(`${url}/_all_docs?include_docs=true`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Authorization: auth },
			body: JSON.stringify({ keys: rows.map((r) => r.id) })
		});
		if (!res.ok) return new Set();
		const body = (await res.json()) as {
			rows: { key: string; doc?: { _attachments?: Record<string, { length?: number }> } }[];
		};
		const want = new Map(rows.map((r) => [r.id, r.bytes]));
		return new Set(
			body.rows
				.filter((r) => r.doc?._attachments?.[ATTACHMENT_FILE]?.length === want.get(r.key))
				.map((r) => r.key)
		);
	} catch {
		return new Set();
	}
}

/** Whether upstream holds the record at `url` (a HEAD request); any failure answers no. */
export async function recordUpstream(
	fetcher: typeof fetch,
	url: string,
	auth: string
): Promise<boolean> {
	try {
		const res = await fetcher(url, { method: 'HEAD', headers: { Authorization: auth } });
		return res.ok;
	} catch {
		return false;
	}
}

/** 1 s after the first failure, doubling to 5 min: the same curve as the records' back-off. */
export function retryDelay(tries: number): number {
	return Math.min(1000 * 2 ** tries, 5 * 60 * 1000);
}

export class MediaUploader {
	#running = false;
	#pass: Promise<void> = Promise.resolve();
	#again = false;
	#stopped = false;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#sent = 0;
	#lastError: string | null = null;
	readonly #url: string;
	readonly #auth: string;

	constructor(private readonly o: MediaUploaderOptions) {
		this.#url = `${o.remoteBase}/${mediaDbOf(o.communeDb)}`;
		this.#auth = basicAuth(o.credentials);
	}

	#recordUrl(row: PhotoRow): string {
		const id = encodeURIComponent(`dossier:${row.dossier_code}`);
		return `${this.o.remoteBase}/${this.o.communeDb}/${id}`;
	}

	get url(): string {
		return this.#url;
	}

	get auth(): string {
		return this.#auth;
	}

	#now(): string {
		return this.o.now?.() ?? new Date().toISOString();
	}

	/** Starts uploading if there is anything due and the records are caught up. */
	kick(): void {
		if (this.#stopped) return;
		if (this.#running) {
			// Records caught up (or photos were added) during a pass: go round once more after it.
			this.#again = true;
			return;
		}
		this.#running = true;
		this.#pass = this.#run()
			.catch((error: unknown) => {
				// A pass cut short by stop() (the store closing under it) is not an error to report.
				if (this.#stopped) return;
				this.#lastError = error instanceof Error ? error.message : String(error);
			})
			.finally(() => {
				this.#running = false;
				if (this.#again) {
					this.#again = false;
					this.kick();
				}
			});
	}

	async #report(uploading: boolean) {
		const backlog = await uploadBacklog(this.o.journal, this.o.communeDb);
		this.o.sink.media({ backlog, uploading, sent: this.#sent, lastError: this.#lastError });
	}

	async #run() {
		const { journal, communeDb } = this.o;
		await this.#report(false);
		while (!this.#stopped && this.o.recordsIdle()) {
			const row = await nextDue(journal, communeDb, this.#now());
			if (!row) break;
			// The records lane's state can lag a write made a moment ago (or offline), so ask
			// upstream: a photo goes only after its dossier's record is there. The next catch-up
			// of the records lane kicks this lane again.
			if (!(await recordUpstream(this.o.fetch, this.#recordUrl(row), this.#auth))) break;
			await this.#report(true);
			try {
				await putPhoto(this.o.fetch, this.#url, this.#auth, row);
				await markUploaded(journal, row.id, this.#now());
				this.#sent += 1;
				this.#lastError = null;
			} catch (error) {
				this.#lastError = error instanceof Error ? error.message : String(error);
				const delay = retryDelay(row.tries);
				const retryAt = new Date(Date.parse(this.#now()) + delay).toISOString();
				await markFailed(journal, row.id, retryAt, this.#lastError);
			}
		}
		await this.#report(false);
		await this.#scheduleRetry();
	}

	async #scheduleRetry() {
		if (this.#stopped) return;
		const at = await earliestRetry(this.o.journal, this.o.communeDb);
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		if (!at) return;
		const wait = Math.max(250, Date.parse(at) - Date.parse(this.#now()));
		this.#timer = setTimeout(() => this.kick(), wait);
	}

	/** Stops the lane; the promise settles once the pass in flight (if any) has ended. */
	stop(): Promise<void> {
		this.#stopped = true;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		return this.#pass;
	}
}
