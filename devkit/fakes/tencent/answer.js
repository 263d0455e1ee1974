'use strict';
// Tencent's answer format: HTTP 200 with {ActionStatus, ErrorCode, ErrorInfo} plus the command's fields.
const ok = (extra = {}) => ({
	status: 200,
	body: { ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0, ...extra },
});
const fail = (code, info) => ({
	status: 200,
	body: { ActionStatus: 'FAIL', ErrorInfo: info, ErrorCode: code },
});
const bytes = (s) => Buffer.byteLength(String(s), 'utf8');
const now = () => Math.floor(Date.now() / 1000);
const isUint32 = (n) => Number.isInteger(n) && n >= 0 && n <= 4294967295;

/** A string field of at most `max` bytes, when present. */
function text(body, key, max, { required = false } = {}) {
	const v = body[key];
	if (v === undefined) return required ? fail(10004, `${key} is required`) : undefined;
	if (typeof v !== 'string' || (required && v === ''))
		return fail(10004, `${key} must be a string`);
	if (bytes(v) > max) return fail(10004, `${key} must be at most ${max} bytes`);
	return undefined;
}

/** A non-empty array of non-empty strings, at most `max` (10005 above, as Tencent). */
function strings(body, key, max) {
	const list = body[key];
	if (!Array.isArray(list) || list.length === 0)
		return { error: fail(10004, `${key} is required`) };
	if (list.some((a) => typeof a !== 'string' || a === ''))
		return { error: fail(10004, `${key} entries must be non-empty strings`) };
	if (list.length > max) return { error: fail(10005, `at most ${max} ${key} per request`) };
	return { list };
}

/**
 * A per-entry list as the fake answers it: whole, or as told by `fake.withoutEntries` ('absent':
 * no list at all, 'empty': [], 'partial': the last entry left out), to test answers that lack entries.
 */
function entries(fake, list) {
	if (fake.withoutEntries === 'absent') return undefined;
	if (fake.withoutEntries === 'empty') return [];
	if (fake.withoutEntries === 'partial') return list.slice(0, -1);
	return list;
}

module.exports = { ok, fail, bytes, now, isUint32, text, strings, entries };
