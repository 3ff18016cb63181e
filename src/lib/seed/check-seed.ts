import { parseProcedureCatalog, parseUnitCatalog } from '$lib/domain/catalog/parse-catalog';
import { CalendarYear } from '$lib/domain/schemas/calendar';
import { parseFormTemplates } from '$lib/domain/schemas/form-templates';
import { parseWith } from '$lib/domain/validate/zod-errors';
import { z } from 'zod';
import calendarsJson from './calendars.json';
import formTemplatesJson from './form-templates.json';
import proceduresJson from './procedures.json';
import communeProceduresJson from './procedures-commune.json';
import unitsJson from './units.json';

/**
 * Every seed file checked by its domain schema: what `npm run build` runs before it builds
 * (scripts/check-seed.js), so a seed edit that breaks a schema stops the build with the field
 * and the Vietnamese message instead of shipping a catalog the app would skip.
 */
export function seedProblems(): string[] {
	const checks = [
		['procedures.json', parseProcedureCatalog(proceduresJson)],
		['procedures-commune.json', parseProcedureCatalog(communeProceduresJson)],
		// One catalog upstream: a code in both files would be seeded twice.
		['procedures*.json', parseProcedureCatalog([...proceduresJson, ...communeProceduresJson])],
		['units.json', parseUnitCatalog(unitsJson)],
		['calendars.json', parseWith(z.array(CalendarYear), calendarsJson)],
		['form-templates.json', parseFormTemplates(formTemplatesJson)]
	] as const;
	return checks.flatMap(([file, result]) =>
		result.ok ? [] : result.errors.map((e) => `${file}: ${e.field}: ${e.message}`)
	);
}
