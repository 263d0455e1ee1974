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

/** A secret as it may travel: raw, base64 (padded or not, URL-safe), percent-encoded. */
function forms(secret) {
	const b64 = Buffer.from(secret, 'utf8').toString('base64');
	return [secret, b64, b64.replace(/=+$/, ''), b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), encodeURIComponent(secret)];
}

/** Returns the secrets (non-empty strings) that occur anywhere in `values`, in any of their forms. */
function findSecrets(values, secrets) {
	const text = values.map((v) => flatten(v)).join('\n');
	return secrets.filter((s) => typeof s === 'string' && s.length >= 4 && forms(s).some((f) => f.length >= 4 && text.includes(f)));
}

/** Everything a finished run exposes: every node's items and errors, and the run's error. */
function runSurface(result) {
	const runData = result.run.data.resultData.runData;
	return [runData, result.run.data.resultData.error];
}

module.exports = { findSecrets, runSurface, flatten };
