'use strict';
// Endpoints no operation of the node uses. SearchDevices (/v1/usg/dcs/corp/device): docs/any-api.md
// calls it through n8n's HTTP Request node; paging as Huawei's other list APIs (offset, limit ≤ 500),
// `searchKey` matches name or SN. CheckToken: the credential's preAuthentication asks it whether a
// token is still valid before n8n's HTTP Request node resends a failed call.

function searchDevices(fake, r) {
	const offset = Number(r.query.offset ?? 0);
	const limit = Number(r.query.limit ?? 10);
	if (!Number.isInteger(offset) || offset < 0)
		return fake.err(r, 400, 'USG.000000001', 'offset must be a whole number >= 0');
	if (!Number.isInteger(limit) || limit < 1 || limit > 500)
		return fake.err(r, 400, 'USG.000000001', 'limit must be 1 to 500');
	const key = String(r.query.searchKey ?? '').toLowerCase();
	const found = fake.devices.filter(
		(d) => !key || d.name.toLowerCase().includes(key) || d.sn.toLowerCase().includes(key),
	);
	return fake.ok(r, {
		offset,
		limit,
		count: found.length,
		data: found.slice(offset, offset + limit),
	});
}

/** CheckToken without a new token: the token's data when valid; the refusal body is our guess. */
function checkToken(fake, r) {
	const entry = typeof r.body?.token === 'string' && fake.tokens.get(r.body.token);
	if (!entry || entry.expiresAt <= Date.now())
		return fake.err(r, 401, 'USG.000000004', 'Token expired or invalid.');
	return fake.ok(r, {
		accessToken: r.body.token,
		validPeriod: Math.floor((entry.expiresAt - Date.now()) / 1000),
		clientType: 72,
	});
}

module.exports = { searchDevices, checkToken };
