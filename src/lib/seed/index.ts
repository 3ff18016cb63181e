import calendarsJson from './calendars.json';
import proceduresJson from './procedures.json';
import unitsJson from './units.json';
import agenciesJson from './agencies.json';

/**
 * The catalog shipped inside the app: procedures, administrative units and working calendars.
 * It is what a device shows before its first sync with upstream; upstream's `catalog` database
 * replaces it as soon as it arrives. Raw JSON here: it is parsed like any other input where it is
 * used (src/lib/db/catalog-projector.ts).
 */
export const bundledCatalog: readonly unknown[] = [
	...proceduresJson,
	...calendarsJson,
	...unitsJson
];

/** The upstream units bundled with the app (issue 17); kept apart from `bundledCatalog`, whose
 * projector knows procedures, calendars and units only. */
export const bundledAgencies: readonly unknown[] = agenciesJson;
