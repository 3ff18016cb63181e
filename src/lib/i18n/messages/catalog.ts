import type { MessageTable } from '../types';

/** Messages of the catalog area (Vietnamese first, English second). */
export const catalogMessages = {} satisfies MessageTable;
