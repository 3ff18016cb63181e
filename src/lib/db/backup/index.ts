/** The backup file of a commune's records and restoring from it. */
export * from './backup-file';
export * from './backup-service';
