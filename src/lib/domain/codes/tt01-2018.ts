import { DossierCodeParts } from './code-parts';
import type { CodeFormatter } from './formatter';

const PATTERN = /^([0-9A-Z.]{1,35})-(\d{6})-(\d{4})$/;

/**
 * TT 01/2018/TT-VPCP Art 19: `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX`, the receiving agency's
 * identifier, the receipt date and a 4-digit sequence within the day, e.g.
 * `000.17.22.H56-210531-0001`. The circular (signed 23 Nov 2018) took effect on 6 Jan 2019
 * (shared/DOMAIN.md, table of texts; issue 18 point 5). Decree 61/2018 Art 26 already required
 * agency + date + sequence from 21 Aug 2018.
 */
export const tt01of2018: CodeFormatter = {
	id: 'tt01-2018',
	basis: 'Thông tư 01/2018/TT-VPCP, Điều 19',
	effective_from: '2019-01-06',
	format: (parts) => `${parts.agency}-${parts.date}-${String(parts.seq).padStart(4, '0')}`,
	parse(code) {
		const m = PATTERN.exec(code);
		if (!m) return undefined;
		const parsed = DossierCodeParts.safeParse({ agency: m[1], date: m[2], seq: Number(m[3]) });
		return parsed.success ? parsed.data : undefined;
	}
};
