/**
 * Screens shown to citizens (issue 16). The rating kiosk is full-screen, without any header; the
 * public status lookup keeps a plain header (name, connection, language) but shows no book, no
 * sync and no navigation.
 */
const BARE_ROUTES: readonly string[] = ['/kiosk/[code]'];
const PUBLIC_ROUTES: readonly string[] = ['/tra-cuu', '/tra-cuu/[id]'];

export const isBareRoute = (routeId: string | null) =>
	routeId !== null && BARE_ROUTES.includes(routeId);

export const isPublicRoute = (routeId: string | null) =>
	routeId !== null && PUBLIC_ROUTES.includes(routeId);
