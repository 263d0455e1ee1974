/**
 * List parameters arrive either as text typed into the editor ("a, b" or one per line) or as an
 * expression that yields an array. Both end up as a plain string array here.
 */
export function parseList(value: unknown): unknown[] {
	if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v.trim() : v));
	if (value === undefined || value === null) return [];
	if (typeof value === 'number') return [String(value)];
	if (typeof value !== 'string') return [value];
	const parts = value.split(/[\n,]/).map((part) => part.trim());
	// A trailing separator (a pasted column often ends in a newline) is not an empty id.
	while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
	return parts;
}

export function chunk<T>(values: readonly T[], size: number): T[][] {
	const chunks: T[][] = [];
	for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size));
	return chunks;
}
