/** Encryption at rest (issue 19): the device secret, its wraps, sealing and search hashes. */
export * from './bytes';
export * from './data-keys';
export * from './wrap';
export * from './seal';
export * from './search-hash';
export * from './vault';
