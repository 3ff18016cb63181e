import { policyForBuild } from './content-security-policy.js';

/**
 * The security headers of every answer of the MotCua server (issue 19), the same the reverse
 * proxies of docs/DEPLOY.md send: the build's Content-Security-Policy, no type sniffing, no
 * full address sent to other sites, no framing by any site.
 * @param {string} buildDir
 * @returns {Record<string, string>}
 */
export function securityHeaders(buildDir) {
	return {
		'Content-Security-Policy': policyForBuild(buildDir),
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'same-origin',
		'X-Frame-Options': 'DENY'
	};
}

/**
 * Express middleware setting `headers` on every response.
 * @param {Record<string, string>} headers
 * @returns {(req: any, res: any, next: () => void) => void}
 */
export function sendHeaders(headers) {
	const entries = Object.entries(headers);
	return (_req, res, next) => {
		for (const [name, value] of entries) res.setHeader(name, value);
		next();
	};
}
