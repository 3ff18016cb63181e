// Debian Chromium through Playwright, as the benchmarks use it: persistent profiles (a device),
// CPU throttling through the DevTools protocol and a sampled JS heap.
import { chromium } from '@playwright/test';

export const CPU_SLOWDOWN = 4;
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A browser on `profile` with one page; `serviceWorkers: 'block'` for the harness page.
 * @param {string} profile
 * @param {{ offline?: boolean, baseURL?: string, blockServiceWorkers?: boolean, initScript?: () => void }} [o]
 */
export async function launch(profile, o = {}) {
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: EXECUTABLE,
		headless: true,
		args: ARGS,
		offline: o.offline ?? false,
		...(o.baseURL ? { baseURL: o.baseURL } : {}),
		serviceWorkers: o.blockServiceWorkers ? 'block' : 'allow'
	});
	if (o.initScript) await context.addInitScript(o.initScript);
	const page = context.pages()[0] ?? (await context.newPage());
	// Generous: at 100,000 dossiers with the CPU slowed, one page of the book takes seconds.
	page.setDefaultTimeout(600_000);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	return {
		context,
		page,
		cdp,
		version: context.browser()?.version() ?? '',
		/** @param {number} rate 1 = full speed */
		throttle: (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate })
	};
}

/**
 * Samples the page's used JS heap (CDP `Performance.getMetrics`, JSHeapUsedSize) every `ms`;
 * `peak()` is the highest seen since the start.
 * @param {import('@playwright/test').CDPSession} cdp
 */
export function heapSampler(cdp, ms = 500) {
	let peak = 0;
	let stopped = false;
	const sample = async () => {
		try {
			const { metrics } = await cdp.send('Performance.getMetrics');
			const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
			peak = Math.max(peak, used);
		} catch {
			// The page is navigating or closing: the next sample will do.
		}
	};
	const timer = setInterval(() => void (stopped || sample()), ms);
	return {
		peak: () => peak,
		async stop() {
			stopped = true;
			clearInterval(timer);
			await sample();
			return peak;
		}
	};
}
