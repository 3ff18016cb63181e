import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The Content-Security-Policy of the app (issue 19): scripts only from the app's own origin and
 * the inline start-up scripts SvelteKit writes into the built HTML, each allowed by its SHA-256
 * (never `'unsafe-inline'`). Styles may be inline (Svelte sets `style=` attributes); images may
 * be `blob:` and `data:` (document photos and QR codes are drawn on the device); the upstream
 * replica may live on another origin chosen at enrolment, so `connect-src` allows http(s).
 * Nothing may frame the app (`frame-ancestors 'none'`).
 */

/** @param {string} html @returns {string[]} the CSP source of each inline script, in order */
export function inlineScriptHashes(html) {
	const hashes = [];
	for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
		if (/\ssrc\s*=/.test(match[1] ?? '')) continue;
		const digest = crypto
			.createHash('sha256')
			.update(match[2] ?? '', 'utf8')
			.digest('base64');
		hashes.push(`'sha256-${digest}'`);
	}
	return hashes;
}

/** @param {string[]} scriptHashes @returns {string} the header value */
export function contentSecurityPolicy(scriptHashes) {
	const unique = [...new Set(scriptHashes)];
	return [
		"default-src 'self'",
		`script-src 'self' ${unique.join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' blob: data:",
		"font-src 'self' data:",
		"connect-src 'self' http: https:",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'"
	].join('; ');
}

/** @param {string} dir @returns {string[]} every .html file under dir */
function htmlFiles(dir) {
	if (!fs.existsSync(dir)) return [];
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(full);
		return entry.isFile() && entry.name.endsWith('.html') ? [full] : [];
	});
}

/** @param {string} buildDir the built app @returns {string} its policy */
export function policyForBuild(buildDir) {
	const hashes = htmlFiles(buildDir).flatMap((f) => inlineScriptHashes(fs.readFileSync(f, 'utf8')));
	return contentSecurityPolicy(hashes);
}
