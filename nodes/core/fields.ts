import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { z } from 'zod';

import { isListSchema, noteDuplicates, parseList } from './list';

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
	// A list names the entry (1-based); an object names the key that broke the rule.
	const [first] = issue.path;
	const where =
		typeof first === 'number'
			? ` (entry ${first + 1})`
			: first !== undefined
				? ` (${issue.path.join('.')})`
				: '';
	throw new NodeOperationError(
		node,
		`${field.label}${where} in item ${itemIndex + 1}: ${issue.message}`,
		{
			itemIndex,
			description: `"${field.label}" was rejected before any request was sent. Fix the value and run again.`,
		},
	);
}

/** A parameter declared once: its property, its rule and its reader, with name and label written once. */
export interface FieldDef<S extends z.ZodTypeAny> {
	name: string;
	label: string;
	property: INodeProperties;
	schema: S;
	read(ctx: IExecuteFunctions, itemIndex: number): z.output<S>;
}

export function defineField<S extends z.ZodTypeAny>(
	property: INodeProperties,
	schema: S,
): FieldDef<S> {
	const field = { name: property.name, label: property.displayName };
	// Resource locators store { mode, value }; the rule applies to the value.
	const locator = property.type === 'resourceLocator';
	const list = isListSchema(schema);
	return {
		...field,
		property,
		schema,
		read: (ctx, i) => {
			const value = ctx.getNodeParameter(
				property.name,
				i,
				property.default,
				locator ? { extractValue: true } : undefined,
			);
			return check(ctx.getNode(), i, field, schema, list ? noteDuplicates(ctx, i, value) : value);
		},
	};
}

/** A copy of a field for another operation, with its own label or description (same rule). */
export function withProperty<S extends z.ZodTypeAny>(
	def: FieldDef<S>,
	changes: Partial<INodeProperties>,
): FieldDef<S> {
	return defineField({ ...def.property, ...changes } as INodeProperties, def.schema);
}

/** How a collection tells a refused entry (the default is `check`'s "<Collection> › <Option> in item N: …"). */
export type RefuseEntry = (
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: { name: string; label: string },
	problem: string,
) => never;

export interface CollectionOptions {
	/** '' , null and [] mean "not set" (the entry is left out) rather than "set to empty". */
	emptyIsUnset?: boolean;
	refuse?: RefuseEntry;
}

/**
 * An n8n collection ("Additional Fields", "Update Fields") declared once: `fields` maps each
 * option's body key (a dotted key nests: `roomLocation.title`) to its field, so the option's
 * property, rule and place in the body are written once. `read` checks each entry present with
 * its own rule, before anything is sent, and returns the body fragment; entries whose rule gives
 * `undefined` and options the collection does not have are left out.
 */
export function defineCollection(
	property: Pick<INodeProperties, 'displayName' | 'name'> & Partial<INodeProperties>,
	fields: Record<string, FieldDef<z.ZodTypeAny>>,
	options: CollectionOptions = {},
) {
	const byOption = new Map(Object.entries(fields).map(([key, def]) => [def.name, { key, def }]));
	return {
		name: property.name,
		label: property.displayName,
		fields,
		property: {
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			...property,
			options: Object.values(fields).map((f) => f.property),
		} as INodeProperties,
		read(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
			const raw = ctx.getNodeParameter(property.name, itemIndex, {}) as unknown;
			const body: IDataObject = {};
			if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return body;
			for (const [option, value] of Object.entries(raw as IDataObject)) {
				const entry = byOption.get(option);
				if (!entry || value === undefined) continue;
				if (
					options.emptyIsUnset &&
					(value === '' || value === null || (Array.isArray(value) && value.length === 0))
				)
					continue;
				const field = {
					name: `${property.name}.${option}`,
					label: `${property.displayName} › ${entry.def.label}`,
				};
				let parsed: unknown;
				if (options.refuse) {
					const result = entry.def.schema.safeParse(value);
					if (!result.success)
						options.refuse(ctx, itemIndex, entry.def, result.error.issues[0].message);
					parsed = result.data;
				} else parsed = check(ctx.getNode(), itemIndex, field, entry.def.schema, value);
				if (parsed !== undefined) setPath(body, entry.key, parsed);
			}
			return body;
		},
	};
}

function setPath(body: IDataObject, key: string, value: unknown): void {
	const parts = key.split('.');
	let at = body;
	for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as IDataObject;
	at[parts[parts.length - 1]] = value as IDataObject[string];
}

export const requiredText = (what = 'a value') =>
	z
		.string({
			invalid_type_error: `must be text, got something else`,
			required_error: `${what} is required`,
		})
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

/**
 * An id that goes into a URL path. Anything that could change which path the request reaches
 * after normalisation ("." and ".." segments, slashes, encoded slashes, "?", "#", control
 * characters) is refused before sending; the rest is percent-encoded by `pathSegment`.
 */
export const pathId = (what = 'an ID', max = 256) =>
	requiredText(what)
		.pipe(z.string().max(max, `is longer than ${max} characters`))
		.refine(
			(s) =>
				s !== '.' &&
				s !== '..' &&
				!/[/\\?#%]/.test(s) &&
				![...s].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127),
			{
				message:
					'must not contain "/", "\\", "?", "#", "%" or control characters, nor be "." or ".."',
			},
		);

export const pathSegment = (id: string) => encodeURIComponent(id);
