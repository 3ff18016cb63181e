import { appMessages } from './app';
import { calendarMessages } from './calendar';
import { catalogMessages } from './catalog';
import { commonMessages } from './common';
import { dossierMessages } from './dossier';
import { dossierPageMessages } from './dossier-page';
import { formsMessages } from './forms';
import { pwaMessages } from './pwa';
import { queueMessages } from './queue';
import { reportsMessages } from './reports';
import { rulesMessages } from './rules';
import { bookMessages } from './book';
import { catalogUiMessages } from './catalog-ui';
import { catalogImportMessages } from './catalog-import';
import { intakeMessages } from './intake';
import { kioskMessages } from './kiosk';
import { liaisonMessages } from './liaison';
import { mediaMessages } from './media';
import { mobileMessages } from './mobile';
import { statusLookupMessages } from './status-lookup';
import { syncMessages } from './sync';
import { lockMessages } from './lock';
import { uiMessages } from './ui';
import { devicesMessages } from './devices';

/** Every message of the app. Each area owns one file; keys are unique across areas. */
export const messages = {
	...commonMessages,
	...appMessages,
	...calendarMessages,
	...catalogMessages,
	...dossierMessages,
	...uiMessages,
	...syncMessages,
	...lockMessages,
	...intakeMessages,
	...bookMessages,
	...catalogUiMessages,
	...catalogImportMessages,
	...pwaMessages,
	...mediaMessages,
	...mobileMessages,
	...formsMessages,
	...dossierPageMessages,
	...reportsMessages,
	...kioskMessages,
	...queueMessages,
	...statusLookupMessages,
	...rulesMessages,
	...liaisonMessages,
	...devicesMessages
};

export type MessageKey = keyof typeof messages;
