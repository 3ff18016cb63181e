import type { z } from 'zod';
import { isMessageKey, type MessageKey, type MessageParams } from '$lib/i18n';
import { domainError, fail, ok, type DomainError, type Result } from '$lib/domain/errors';

/**
 * Turns zod issues into `DomainError`s whose Vietnamese message names the field, so every trust
 * boundary (form input, replicated documents, seed files, backups; DESIGN.md rule 2) reports
 * failures the same way and no raw zod text reaches a person (rule 4).
 *
 * - `field` is the issue path joined by `.` (`required_documents.0.name`), `''` for the whole value.
 * - The label is the longest known `field.<suffix>` of the path without array indexes
 *   (`field.required_documents.name`, then `field.name`), `field.document` for the whole value.
 * - A custom issue whose `params.messageKey` is a message key keeps that key and its params; this
 *   is how validators such as `parseCitizenId` travel through a schema (see `addDomainIssues`).
 */
export function zodToDomainErrors(error: z.ZodError): DomainError[] {
	const errors: DomainError[] = [];
	const seen = new Set<string>();
	for (const issue of error.issues) {
		for (const e of issueToErrors(issue)) {
			const id = `${e.field}\u0000${e.messageKey}`;
			if (seen.has(id)) continue;
			seen.add(id);
			errors.push(e);
		}
	}
	return errors;
}

/** Parses `input` with `schema`; never throws. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Result<T> {
	try {
		const parsed = schema.safeParse(input, { reportInput: true });
		if (parsed.success) return ok(parsed.data);
		return fail(...zodToDomainErrors(parsed.error));
	} catch {
		// Only an async refinement or a throwing transform gets here: both are programming errors.
		return fail(domainError('error.invalid', '', {}, 'field.document'));
	}
}

/** The part of zod's refinement context that `addDomainIssues` and `addIssue` need. */
export interface IssueSink {
	addIssue(issue: {
		code: 'custom';
		message: string;
		params: Record<string, unknown>;
		path?: (string | number)[];
	}): void;
}

/**
 * Adds a custom issue carrying a message key (type-checked) at `path` under the current value;
 * `zodToDomainErrors` renders it with the field's label.
 */
export function addIssue(
	ctx: IssueSink,
	path: (string | number)[],
	messageKey: MessageKey,
	params: MessageParams = {}
): void {
	ctx.addIssue({ code: 'custom', path, message: messageKey, params: { ...params, messageKey } });
}

/**
 * Re-emits domain errors from a validator as custom zod issues at the current path, so a schema
 * field built on `parsePhone`, `parseCitizenId` etc. reports the validator's own message.
 */
export function addDomainIssues(ctx: IssueSink, errors: readonly DomainError[]): void {
	for (const e of errors) {
		const params: Record<string, unknown> = { messageKey: e.messageKey };
		for (const [k, v] of Object.entries(e.params)) if (k !== 'field') params[k] = v;
		ctx.addIssue({ code: 'custom', message: e.code, params });
	}
}

type Issue = z.core.$ZodIssue;

function issueToErrors(issue: Issue): DomainError[] {
	const path = issue.path.map((p) => String(p));
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map((k) => make('error.unknown_field', [...path, k]));
	}
	const [key, params] = messageFor(issue);
	return [make(key, path, params)];
}

function make(key: MessageKey, path: string[], params: MessageParams = {}): DomainError {
	return domainError(key, path.join('.'), params, labelKey(path));
}

/** The most specific `field.*` label key for a path, `field.document` for the whole value. */
export function labelKey(path: readonly string[]): MessageKey | undefined {
	const named = path.filter((s) => !/^\d+$/.test(s));
	if (named.length === 0) return 'field.document';
	for (let start = 0; start < named.length; start++) {
		const key = `field.${named.slice(start).join('.')}`;
		if (isMessageKey(key)) return key;
	}
	return undefined;
}

function messageFor(issue: Issue): [MessageKey, MessageParams] {
	switch (issue.code) {
		case 'custom':
			return customMessage(issue.params);
		case 'invalid_type':
			if (isMissing(issue)) return ['error.required', {}];
			if (issue.expected === 'string') return ['error.not_text', {}];
			if (issue.expected === 'number') return ['error.not_a_number', {}];
			if (issue.expected === 'int') return ['error.not_an_integer', {}];
			return ['error.invalid', {}];
		case 'too_small': {
			const min = Number(issue.minimum);
			if (issue.origin === 'string') {
				return min <= 1 ? ['error.required', {}] : ['error.too_short', { min }];
			}
			if (issue.origin === 'array' || issue.origin === 'set') {
				return min <= 1 ? ['error.required', {}] : ['error.too_few', { min }];
			}
			return ['error.too_small', { min }];
		}
		case 'too_big': {
			const max = Number(issue.maximum);
			if (issue.origin === 'string') return ['error.too_long', { max }];
			if (issue.origin === 'array' || issue.origin === 'set') return ['error.too_many', { max }];
			return ['error.too_big', { max }];
		}
		case 'invalid_format':
			if (issue.format === 'date') return ['error.not_a_date', {}];
			if (issue.format === 'datetime') return ['error.not_an_instant', {}];
			if (issue.format === 'email') return ['error.email', {}];
			return ['error.invalid_format', {}];
		case 'invalid_value':
			if (issue.values.length > 0 && issue.values.length <= 12) {
				return ['error.not_one_of', { options: issue.values.map((v) => String(v)).join(', ') }];
			}
			return ['error.invalid', {}];
		default:
			return ['error.invalid', {}];
	}
}

function isMissing(issue: Issue): boolean {
	if ('input' in issue) return issue.input === undefined || issue.input === null;
	// Issues made without `reportInput` carry no input; zod's English text still says so.
	return /received (undefined|null)$/.test(issue.message);
}

function customMessage(raw: Record<string, unknown> | undefined): [MessageKey, MessageParams] {
	const key = raw?.messageKey;
	if (typeof key !== 'string' || !isMessageKey(key)) return ['error.invalid', {}];
	const params: MessageParams = {};
	for (const [k, v] of Object.entries(raw ?? {})) {
		if (k !== 'messageKey' && (typeof v === 'string' || typeof v === 'number')) params[k] = v;
	}
	return [key, params];
}
