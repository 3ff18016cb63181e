/** Every document schema of the domain: zod is the single source of types (DESIGN.md rule 2). */
export * from './common';
export * from './calendar';
export * from './procedure';
export * from './unit';
export * from './upstream-unit';
export * from './dossier';
export * from './events';
export * from './attachment';
export * from './queue';
export * from './public-status';
