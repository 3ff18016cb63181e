/** The record store: PouchDB databases, the strict journal in front of them and its counters. */
export * from './pouch';
export * from './journal';
export * from './counters';
export * from './write-path';
export * from './replay';
export * from './persistence';
export * from './device-setup';
export * from './load-dossier';
export * from './load-queue';
export * from './inherit-numbering';
export * from './sealed-docs';
export * from './sealed-db';
export * from './sealed-photos';
