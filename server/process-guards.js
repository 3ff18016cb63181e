let installed = false;

/**
 * The last line of "the server never goes down because of a client request": an exception or
 * rejection that escapes a request handler (express-pouchdb has thrown from callbacks before,
 * see couch/guards.js) is logged and the process keeps serving. `startServer` installs it once
 * per process; tests turn it off so that such an error fails the test instead.
 */
export function installProcessGuards() {
	if (installed) return;
	installed = true;
	process.on('uncaughtException', (err) => {
		console.error('[motcua] uncaught exception (server keeps running):', err);
	});
	process.on('unhandledRejection', (reason) => {
		console.error('[motcua] unhandled rejection (server keeps running):', reason);
	});
}
