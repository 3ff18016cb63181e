export * from './summary';
export * from './period';
export * from './classify';
export * from './figures';
export * from './aggregate';
export * from './levels';
export * from './level-chain';
