'use strict';
// Finds secret values anywhere in what a run produced: output items, error messages,
// descriptions, contexts, stacks and captured log lines.

function flatten(value, seen = new Set()) {
	if (value === null || value === undefined) return '';
	if (typeof value !== 'object') return String(value);
	if (seen.has(value)) return '';
	seen.add(value);
	const parts = [];
	if (value instanceof Error) {
		parts.push(value.message, value.stack, value.description);
	}
	for (const key of Object.getOwnPropertyNames(value)) {
		try {
			parts.push(key, flatten(value[key], seen));
		} catch {
			// a getter that throws holds nothing we printed
		}
	}
	return parts.join('\n');
}

/** Returns the secrets (non-empty strings) that occur anywhere in `values`. */
function findSecrets(values, secrets) {
	const text = values.map((v) => flatten(v)).join('\n');
	return secrets.filter((s) => typeof s === 'string' && s.length >= 4 && text.includes(s));
}

/** Everything a finished run exposes: every node's items and errors, and the run's error. */
function runSurface(result) {
	const runData = result.run.data.resultData.runData;
	return [runData, result.run.data.resultData.error];
}

module.exports = { findSecrets, runSurface, flatten };
