import type { Locator, Page } from '@playwright/test';

/** The notice a revoked device shows after wiping itself (issue 19). */
export class RevokedNoticeView {
	readonly notice: Locator;
	readonly dismiss: Locator;

	constructor(readonly page: Page) {
		this.notice = page.getByRole('alert').filter({ hasText: 'Máy đã bị thu hồi' });
		this.dismiss = this.notice.getByRole('button', { name: 'Đã hiểu' });
	}
}

/** Everything this origin keeps in IndexedDB, as text: database, store and JSON of each value. */
export function indexedDbDump(page: Page): Promise<{ databases: string[]; text: string }> {
	return page.evaluate(async () => {
		const open = (name: string) =>
			new Promise<IDBDatabase>((resolve, reject) => {
				const req = indexedDB.open(name);
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
		const names = (await indexedDB.databases()).flatMap((d) => (d.name ? [d.name] : []));
		let text = '';
		for (const name of names) {
			const db = await open(name);
			for (const store of Array.from(db.objectStoreNames)) {
				const values = await new Promise<unknown[]>((resolve, reject) => {
					const req = db.transaction(store).objectStore(store).getAll();
					req.onsuccess = () => resolve(req.result);
					req.onerror = () => reject(req.error);
				});
				text += `${name}/${store}: ${JSON.stringify(values)}\n`;
			}
			db.close();
		}
		return { databases: names, text };
	});
}

/** This device's id, from the journal's device row. */
export function deviceIdOf(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('motcua-journal');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const row = await new Promise<{ device_id: string }>((resolve, reject) => {
			const req = db.transaction('device').objectStore('device').get('device');
			req.onsuccess = () => resolve(req.result as { device_id: string });
			req.onerror = () => reject(req.error);
		});
		db.close();
		return row.device_id;
	});
}
