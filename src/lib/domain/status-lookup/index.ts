export * from './public-id';
export * from './project-status';
