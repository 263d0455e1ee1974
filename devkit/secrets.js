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

/** Every character but letters and digits percent-encoded, hex in the given case (`*` as %2A or %2a). */
const percentAll = (text, lower) =>
	text.replace(/[^A-Za-z0-9]/g, (c) =>
		[...Buffer.from(c)]
			.map((b) => `%${b.toString(16).padStart(2, '0')[lower ? 'toLowerCase' : 'toUpperCase']()}`)
			.join(''),
	);

/** A secret as it may travel: raw, base64 (padded or not, URL-safe), percent-encoded (any reserved character), JSON-escaped. */
function forms(secret) {
	const b64 = Buffer.from(secret, 'utf8').toString('base64');
	return [
		secret,
		b64,
		b64.replace(/=+$/, ''),
		b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
		encodeURIComponent(secret),
		percentAll(secret, false),
		percentAll(secret, true),
		JSON.stringify(secret).slice(1, -1),
	];
}

/** Returns the secrets (non-empty strings) that occur anywhere in `values`, in any of their forms. */
function findSecrets(values, secrets) {
	const text = values.map((v) => flatten(v)).join('\n');
	return secrets.filter(
		(s) =>
			typeof s === 'string' &&
			s.length >= 4 &&
			forms(s).some((f) => f.length >= 4 && text.includes(f)),
	);
}

/** Everything a finished run exposes: every node's items and errors, and the run's error. */
function runSurface(result) {
	const runData = result.run.data.resultData.runData;
	return [runData, result.run.data.resultData.error];
}

module.exports = { findSecrets, runSurface, flatten };
