import type { MessageTable } from '../types';

/** Messages of the dossier area (Vietnamese first, English second). */
export const dossierMessages = {} satisfies MessageTable;
