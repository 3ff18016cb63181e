import fs from 'node:fs';
import path from 'node:path';
import { securityHeaders } from './security-headers.js';

/**
 * The reverse proxies of docs/DEPLOY.md send the same security headers as the MotCua server.
 * The Content-Security-Policy names the hashes of the build's inline scripts, so it changes with
 * every build: `npm run build` writes it next to the app, in the syntax of each proxy, and the
 * proxy configurations include that file (the lines marked MOTCUA-HEADERS).
 */
export const NGINX_HEADERS_FILE = 'motcua-headers.nginx.conf';
export const CADDY_HEADERS_FILE = 'motcua-headers.caddy';

/** @param {string} value */
const quoted = (value) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** @param {Record<string, string>} headers @returns {string} nginx `add_header` lines */
export function nginxHeaderLines(headers) {
	const lines = Object.entries(headers).map(
		([name, value]) => `add_header ${name} ${quoted(value)} always;`
	);
	return `# Written by npm run build (server/headers/proxy-headers.js): do not edit.\n${lines.join('\n')}\n`;
}

/** @param {Record<string, string>} headers @returns {string} a Caddy `header` block */
export function caddyHeaderBlock(headers) {
	const lines = Object.entries(headers).map(([name, value]) => `\t${name} ${quoted(value)}`);
	return `# Written by npm run build (server/headers/proxy-headers.js): do not edit.\nheader {\n${lines.join('\n')}\n}\n`;
}

/** @param {string} buildDir the built app; both files are written into it */
export function writeProxyHeaderFiles(buildDir) {
	const headers = securityHeaders(buildDir);
	fs.writeFileSync(path.join(buildDir, NGINX_HEADERS_FILE), nginxHeaderLines(headers));
	fs.writeFileSync(path.join(buildDir, CADDY_HEADERS_FILE), caddyHeaderBlock(headers));
}
