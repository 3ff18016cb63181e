/**
 * Vietnam dates (UTC+7, no daylight saving) for the device tools: dossier codes carry the
 * Vietnam receipt date (TT 01/2018 Art 19), so a freed slot's numbers are gated by it.
 */

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** @param {string} instant ISO instant @returns {string} `YYYY-MM-DD` in Vietnam */
export function vnDateOf(instant) {
	return new Date(Date.parse(instant) + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** @param {string} date `YYYY-MM-DD` @returns {string} the next calendar day */
export function nextDay(date) {
	return new Date(Date.parse(`${date}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
