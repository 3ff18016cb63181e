import { calendarMessages } from './calendar';
import { catalogMessages } from './catalog';
import { commonMessages } from './common';
import { dossierMessages } from './dossier';
import { uiMessages } from './ui';

/** Every message of the app. Each area owns one file; keys are unique across areas. */
export const messages = {
	...commonMessages,
	...calendarMessages,
	...catalogMessages,
	...dossierMessages,
	...uiMessages
};

export type MessageKey = keyof typeof messages;
