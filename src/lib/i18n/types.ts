/** One user-visible message in both languages. Vietnamese is the default and must carry diacritics. */
export interface Message {
	vi: string;
	en: string;
}

export type MessageTable = Record<string, Message>;

export type Locale = 'vi' | 'en';
