import type { MessageTable } from '../types';

/** Messages of the calendar area (Vietnamese first, English second). */
export const calendarMessages = {} satisfies MessageTable;
