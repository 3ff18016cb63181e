/** The queue of the one-stop room (số thứ tự, issue 16): numbering, fold, commands, figures. */
export * from './groups';
export * from './numbering';
export * from './fold';
export * from './commands';
export * from './stats';
