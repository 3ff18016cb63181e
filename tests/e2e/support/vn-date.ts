/** Today's date in Vietnam (UTC+7) as YYMMDD, the date part of a dossier code. */
export function vnYymmdd(at = new Date()): string {
	const vn = new Date(at.getTime() + 7 * 3600_000);
	return vn.toISOString().slice(2, 10).replace(/-/g, '');
}
