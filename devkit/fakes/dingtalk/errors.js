'use strict';
// DingTalk's error body ({code, message, requestid}) and the field checks every endpoint shares.
const crypto = require('node:crypto');

const err = (status, code, message, extra = {}) => ({
	status,
	body: { code, message, requestid: crypto.randomUUID().toUpperCase(), ...extra },
});
const ok = (body) => ({ status: 200, body });
const param = (message) => err(400, 'param.error', message);

/** The first unknown key of `body`, or undefined. */
const unknownKey = (body, allowed) => Object.keys(body).find((k) => !allowed.includes(k));

/** A failure answer when `value` is set and not of `type` ('string' | 'number' | 'boolean' | 'array'), else undefined. */
function typeError(name, value, type, code = 'param.error') {
	if (value === undefined) return undefined;
	const fine =
		type === 'array'
			? Array.isArray(value)
			: type === 'integer'
				? Number.isInteger(value)
				: typeof value === type;
	return fine
		? undefined
		: err(400, code, `${name} must be ${type === 'array' ? 'an array' : `a ${type}`}`);
}

/** Checks a set of [name, value, type] triples and required names; the first failure, if any. */
function checkFields(body, types, required = [], code = 'param.error') {
	for (const name of required)
		if (body[name] === undefined || body[name] === '' || body[name] === null)
			return err(400, code, `${name} is required`);
	for (const [name, type] of Object.entries(types)) {
		const failed = typeError(name, body[name], type, code);
		if (failed) return failed;
	}
	return undefined;
}

/** A query parameter that must be a whole number (DingTalk's Long/Integer), if present. */
const intQuery = (value) => value === undefined || /^\d+$/.test(value);

module.exports = { err, ok, param, unknownKey, checkFields, intQuery };
