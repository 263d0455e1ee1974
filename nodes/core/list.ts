import { z } from 'zod';

/**
 * List parameters arrive either as text typed or pasted into the editor ("a, b", one per line, a
 * spreadsheet row or column) or as an expression that yields an array. They are read the way a
 * spreadsheet user expects: surrounding spaces and blank entries (an empty line, an empty cell, a
 * doubled comma) are ignored, and an id given twice is sent once.
 */
export interface ParsedList {
	values: unknown[];
	/** Each value that appeared more than once, listed once, in order of first repeat. */
	duplicates: string[];
}

const SEPARATORS = /[\n,\t]/; // new lines, commas, and the tabs of a pasted spreadsheet row

const isBlank = (v: unknown) =>
	v === undefined || v === null || (typeof v === 'string' && v === '');

/** Only text and numbers can repeat as ids; anything else is kept for the schema to refuse. */
const keyOf = (v: unknown): string | undefined =>
	typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;

function entries(value: unknown): unknown[] {
	if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v.trim() : v));
	if (value === undefined || value === null) return [];
	if (typeof value === 'number') return [String(value)];
	if (typeof value !== 'string') return [value];
	return value.split(SEPARATORS).map((part) => part.trim());
}

export function readList(value: unknown): ParsedList {
	const seen = new Set<string>();
	const repeated = new Set<string>();
	const values: unknown[] = [];
	for (const entry of entries(value)) {
		if (isBlank(entry)) continue;
		const key = keyOf(entry);
		if (key !== undefined) {
			if (seen.has(key)) {
				repeated.add(key);
				continue;
			}
			seen.add(key);
		}
		values.push(entry);
	}
	return { values, duplicates: [...repeated] };
}

/** The list's values: blanks and duplicates dropped, text trimmed. */
export function parseList(value: unknown): unknown[] {
	return readList(value).values;
}

/** Whether a field's rule reads its value as a list (`z.preprocess(parseList, …)`, as idList does). */
export function isListSchema(schema: z.ZodTypeAny): boolean {
	return (
		schema instanceof z.ZodEffects &&
		schema._def.effect.type === 'preprocess' &&
		schema._def.effect.transform === parseList
	);
}

/**
 * Duplicates dropped per item of one node run (keyed by the run's context, forgotten with it), so
 * the item's output can say so once: `{ ..., duplicatesDropped: ['a'] }`.
 */
const dropped = new WeakMap<object, Map<number, Set<string>>>();

/** Records the duplicates `value` holds for item `itemIndex`; returns `value` unchanged. */
export function noteDuplicates<T>(run: object, itemIndex: number, value: T): T {
	const { duplicates } = readList(value);
	if (duplicates.length === 0) return value;
	let byItem = dropped.get(run);
	if (!byItem) dropped.set(run, (byItem = new Map()));
	const set = byItem.get(itemIndex) ?? new Set<string>();
	duplicates.forEach((d) => set.add(d));
	byItem.set(itemIndex, set);
	return value;
}

/** Adds `duplicatesDropped` to the first output of an item that had any (each id once). */
export function withDuplicatesDropped<T extends object>(
	run: object,
	itemIndex: number,
	outputs: T[],
): T[] {
	const set = dropped.get(run)?.get(itemIndex);
	if (!set || outputs.length === 0) return outputs;
	const [first, ...rest] = outputs;
	return [{ ...first, duplicatesDropped: [...set] }, ...rest];
}

export function chunk<T>(values: readonly T[], size: number): T[][] {
	const chunks: T[][] = [];
	for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size));
	return chunks;
}
