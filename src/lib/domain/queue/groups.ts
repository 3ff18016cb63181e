import type { MessageKey } from '$lib/i18n';
import { QueueGroup } from '$lib/domain/schemas/queue';

/**
 * The service groups of the ticket screen, in the order the buttons show them, each with the
 * letter its numbers carry (A001, B001 …) so a citizen and the display tell groups apart.
 */
export const QUEUE_GROUPS = [
	{ group: 'ho_tich', letter: 'A', label: 'queue.group.ho_tich' },
	{ group: 'chung_thuc', letter: 'B', label: 'queue.group.chung_thuc' },
	{ group: 'dat_dai', letter: 'C', label: 'queue.group.dat_dai' },
	{ group: 'khac', letter: 'D', label: 'queue.group.khac' }
] as const satisfies readonly { group: QueueGroup; letter: string; label: MessageKey }[];

export function groupInfo(group: QueueGroup): (typeof QUEUE_GROUPS)[number] {
	return QUEUE_GROUPS.find((g) => g.group === group) ?? QUEUE_GROUPS[3];
}

/**
 * The queue group of a catalog field (`Procedure.field.code`): a field that is a group queues
 * there, every other field (residence, social protection, household business …) under `khac`.
 */
export function groupOfField(fieldCode: string): QueueGroup {
	const parsed = QueueGroup.safeParse(fieldCode);
	return parsed.success ? parsed.data : 'khac';
}

/** A group named in an address (`/intake?group=…`), or undefined when it is not one. */
export function parseGroup(text: string | null | undefined): QueueGroup | undefined {
	return QueueGroup.safeParse(text).data;
}
