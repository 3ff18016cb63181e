#!/usr/bin/env node
// Serves an existing build/ (no build step): used by the e2e suite, which builds first.
import { startServer } from '../server/main.js';

const server = await startServer();
console.log(`MotCua test server at ${server.url}`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
