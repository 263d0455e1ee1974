import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { z } from 'zod';

import { parseList } from './list';

/** A parameter as the user sees it (label) and as saved workflows store it (name). */
export interface Field {
	name: string;
	label: string;
}

/**
 * Parses one parameter with a zod schema; a failure becomes an error that names the field, the
 * item and the rule it broke, raised before anything is sent to the vendor.
 */
export function check<S extends z.ZodTypeAny>(
	node: INode,
	itemIndex: number,
	field: Field,
	schema: S,
	value: unknown,
): z.output<S> {
	const parsed = schema.safeParse(value);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	const where = issue.path.length > 0 ? ` (entry ${Number(issue.path[0]) + 1})` : '';
	throw new NodeOperationError(
		node,
		`${field.label}${where} in item ${itemIndex}: ${issue.message}`,
		{
			itemIndex,
			description: `Parameter "${field.name}" was rejected before any request was sent. Fix the value and run again.`,
		},
	);
}

export const requiredText = (what = 'a value') =>
	z
		.string({ invalid_type_error: `must be text, got something else`, required_error: `${what} is required` })
		.trim()
		.min(1, `${what} is required (it is empty)`);

/** A list of ids: text or array in, non-empty trimmed strings out. */
export function idList(opts: { maxIdLength?: number; maxTotal?: number; noun?: string } = {}) {
	const noun = opts.noun ?? 'ID';
	let entry = z
		.union([z.string(), z.number()], { invalid_type_error: `each ${noun} must be text` })
		.transform((v) => String(v).trim())
		.pipe(z.string().min(1, `an ${noun} is empty`));
	if (opts.maxIdLength !== undefined) {
		entry = entry.pipe(
			z.string().max(opts.maxIdLength, `an ${noun} is longer than ${opts.maxIdLength} characters`),
		) as unknown as typeof entry;
	}
	let list = z.array(entry).min(1, `at least one ${noun} is required (none given)`);
	if (opts.maxTotal !== undefined) {
		list = list.max(opts.maxTotal, `at most ${opts.maxTotal} ${noun}s per item are accepted`);
	}
	return z.preprocess(parseList, list);
}

export const nonNegativeInt = (unit: string) =>
	z
		.number({ invalid_type_error: 'must be a number' })
		.int('must be a whole number')
		.min(0, `must not be negative (${unit})`);

export const maxBytes = (limit: number) =>
	z.string().refine((s) => Buffer.byteLength(s, 'utf8') <= limit, {
		message: `must be at most ${limit} bytes (UTF-8)`,
	});
