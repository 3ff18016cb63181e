export * from './policy';
export * from './cap';
export * from './attachment-doc';
export * from './digitisation';
