'use strict';
// Professional meeting devices (/v1/usg/dcs/corp/device): SearchDevices only. Not an operation of
// the node: docs/any-api.md calls it through n8n's HTTP Request node with the Huawei credential.
// Paging as Huawei's other list APIs (offset, limit ≤ 500); `searchKey` matches name or SN.

function searchDevices(fake, r) {
	const offset = Number(r.query.offset ?? 0);
	const limit = Number(r.query.limit ?? 10);
	if (!Number.isInteger(offset) || offset < 0) return fake.err(r, 400, 'USG.000000001', 'offset must be a whole number >= 0');
	if (!Number.isInteger(limit) || limit < 1 || limit > 500) return fake.err(r, 400, 'USG.000000001', 'limit must be 1 to 500');
	const key = String(r.query.searchKey ?? '').toLowerCase();
	const found = fake.devices.filter((d) => !key || d.name.toLowerCase().includes(key) || d.sn.toLowerCase().includes(key));
	return fake.ok(r, { offset, limit, count: found.length, data: found.slice(offset, offset + limit) });
}

module.exports = { searchDevices };
