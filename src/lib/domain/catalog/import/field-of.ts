import { PROCEDURE_FIELDS, type ProcedureField } from '$lib/domain/schemas/procedure';
import { foldVietnamese } from '$lib/domain/search/fold-text';
import { translate } from '$lib/i18n';

const KNOWN = new Map<string, ProcedureField>(
	Object.entries(PROCEDURE_FIELDS).map(([code, name]) => [foldVietnamese(name), { code, name }])
);

/**
 * The catalog field of a "Lĩnh vực" text: one of MotCua's fields when the name matches it
 * without regard to accents or case ("HỘ TỊCH" is `ho_tich`), else a new field whose code is the
 * folded name in snake_case (fields are data: the schema takes any such code). A section title
 * such as "I. LĨNH VỰC HỘ TỊCH" reads the same. Empty: "Chưa có lĩnh vực".
 */
export function fieldOf(text: string): ProcedureField {
	const name = text
		.replace(/^\s*[IVXLC]+\s*[.)-]\s*/u, '')
		.replace(/^\s*\d{1,2}\s*[.)-]\s*/u, '')
		.replace(/^\s*l(?:ĩ|i)nh v(?:ự|u)c\s*:?\s*/iu, '')
		.trim();
	if (name === '') return { code: 'chua_co_linh_vuc', name: translate('catalogImport.noField') };
	const folded = foldVietnamese(name);
	const known = KNOWN.get(folded);
	if (known) return known;
	const slug = folded
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.slice(0, 40);
	const code = /^[a-z][a-z0-9_]{1,39}$/.test(slug) ? slug : `lv_${slug}`.slice(0, 40);
	const pretty = name === name.toUpperCase() ? name.charAt(0) + name.slice(1).toLowerCase() : name;
	return { code, name: pretty.slice(0, 200) };
}
