/** Running a write command: its context read, its decision committed in one strict transaction. */
export * from './run-command';
