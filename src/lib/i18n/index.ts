export { messages, type MessageKey } from './messages';
export { translate, format, isMessageKey, type MessageParams } from './translate';
export type { Locale, Message, MessageTable } from './types';
