/** The read model: Dexie tables the screens read, projected from the record store. */
export * from './tables';
export * from './projector';
export * from './catalog-projector';
export * from './book-rows';
export * from './dossier-row';
export * from './rebuild';
export * from './skipped-docs';
export * from './report-chunks';
export * from './report-pack';
export * from './search-keys';
export * from './sealed-rows';
