/**
 * Screens shown to citizens, full-screen and without the officer's header and navigation: the
 * rating kiosk (issue 16).
 */
const BARE_ROUTES: readonly string[] = ['/kiosk/[code]'];

export const isBareRoute = (routeId: string | null) =>
	routeId !== null && BARE_ROUTES.includes(routeId);
