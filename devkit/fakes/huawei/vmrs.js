'use strict';
// Cloud meeting rooms (VMRs) of the fake Huawei API: list, assign / reclaim with ownership state, delete.
const crypto = require('node:crypto');

const VMR_PATH = /^\/v1\/usg\/dcs\/corp\/vmr\/(assign-to-member|recycle-from-member)\/([^/]+)$/;

/** The room APIs; undefined when the request is not one of them. */
function handleVmrs(fake, r) {
	if (r.method === 'POST' && r.path === '/v1/usg/dcs/corp/vmr/delete') return fake.deleteVmrs(r);
	if (r.method === 'GET' && r.path === '/v1/usg/dcs/corp/vmr') return fake.search(r);
	const m = r.path.match(VMR_PATH);
	if (r.method === 'POST' && m) return fake.changeOwner(r, m[1], decodeURIComponent(m[2]));
	return undefined;
}

const vmrMethods = {
	/** `count` unassigned VMRs named `${prefix}-n`; returns their unique ids. */
	addVmrs(count, prefix = 'room') {
		const ids = [];
		for (let n = 0; n < count; n++) {
			const id = crypto.randomBytes(16).toString('hex');
			const vmrId = String(900000000 + this.vmrs.size);
			this.vmrs.set(id, {
				id,
				vmrId,
				vmrName: `${prefix}-${n}`,
				vmrPkgName: 'Cloud meeting room 50',
				vmrPkgParties: 50,
				status: 2,
			});
			ids.push(id);
		}
		return ids;
	},

	ownedBy(account, accountType = 0) {
		return [...this.vmrs.values()]
			.filter((v) => v.member?.account === account && v.member.accountType === accountType)
			.map((v) => v.id);
	},

	accountKnown(account, accountType) {
		return accountType === 0
			? this.users.has(account)
			: [...this.users.values()].some((u) => u.thirdAccount === account);
	},

	/** DeleteCorpVmr: 1..100 room ids, all or nothing; deleted rooms leave the list. */
	deleteVmrs(r) {
		if (!String(r.headers['content-type'] ?? '').startsWith('application/json'))
			return this.err(r, 400, 'USG.000000001', 'Content-Type must be application/json');
		const ids = r.body;
		if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id === ''))
			return this.err(r, 400, 'USG.000000001', 'body must be a JSON array of VMR ids');
		if (ids.length < 1 || ids.length > 100)
			return this.err(r, 400, 'USG.000000001', 'the array must hold 1 to 100 VMR ids');
		if (this.autoCreate)
			for (const id of ids.filter((i) => !this.vmrs.has(i)))
				this.vmrs.set(id, {
					id,
					vmrId: String(900000000 + this.vmrs.size),
					vmrName: id,
					status: 2,
				});
		const missing = ids.find((id) => !this.vmrs.has(id));
		if (missing) return this.err(r, 400, 'USG.000010134', `VMR ${missing} does not exist`);
		for (const id of ids) this.vmrs.delete(id);
		return this.empty(r);
	},

	changeOwner(r, action, account) {
		const raw = r.query.accountType ?? '0';
		if (!['0', '1'].includes(raw))
			return this.err(r, 400, 'USG.000000001', 'accountType must be 0 or 1');
		const accountType = Number(raw);
		if (!String(r.headers['content-type'] ?? '').startsWith('application/json'))
			return this.err(r, 400, 'USG.000000001', 'Content-Type must be application/json');
		const ids = r.body;
		if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id === ''))
			return this.err(r, 400, 'USG.000000001', 'body must be a JSON array of VMR ids');
		if (ids.length < 1 || ids.length > 100)
			return this.err(r, 400, 'USG.000000001', 'the array must hold 1 to 100 VMR ids');
		if (this.autoCreate && !this.accountKnown(account, accountType)) {
			if (accountType === 0)
				this.addUser(account, { password: crypto.randomBytes(12).toString('hex'), admin: false });
			else this.addThirdPartyUser(account);
		}
		if (this.autoCreate) {
			for (const id of ids.filter((i) => !this.vmrs.has(i)))
				this.vmrs.set(id, {
					id,
					vmrId: String(900000000 + this.vmrs.size),
					vmrName: id,
					status: 2,
				});
		}
		if (!this.accountKnown(account, accountType))
			return this.err(r, 400, 'USG.000010016', `account ${account} does not exist`);
		// Check every id first: Huawei applies a call wholly or not at all.
		for (const id of ids) {
			const vmr = this.vmrs.get(id);
			if (!vmr) return this.err(r, 400, 'USG.000010134', `VMR ${id} does not exist`);
			if (
				action === 'assign-to-member' &&
				vmr.member &&
				(vmr.member.account !== account || vmr.member.accountType !== accountType)
			) {
				return this.err(r, 400, 'USG.000010135', `VMR ${id} is assigned to someone else`);
			}
			if (
				action === 'recycle-from-member' &&
				vmr.member &&
				(vmr.member.account !== account || vmr.member.accountType !== accountType)
			) {
				return this.err(r, 400, 'USG.000010136', `VMR ${id} is not assigned to ${account}`);
			}
		}
		for (const id of ids) {
			const vmr = this.vmrs.get(id);
			if (action === 'assign-to-member') {
				vmr.member = { account, accountType, name: account };
				vmr.status = 0;
			} else {
				delete vmr.member;
				vmr.status = 2;
			}
		}
		return {
			status: 200,
			body: undefined,
			headers: { 'X-Request-Id': r.headers['x-request-id'] ?? crypto.randomUUID() },
		};
	},

	search(r) {
		const offset = Number(r.query.offset ?? 0);
		const limit = Number(r.query.limit ?? 10);
		if (
			!Number.isInteger(offset) ||
			offset < 0 ||
			!Number.isInteger(limit) ||
			limit < 1 ||
			limit > 500
		)
			return this.err(r, 400, 'USG.000000001', 'offset/limit out of range');
		const key = r.query.searchKey;
		const status = r.query.status;
		if (status !== undefined && !['0', '1', '2'].includes(status))
			return this.err(r, 400, 'USG.000000001', 'status must be 0, 1 or 2');
		const all = [...this.vmrs.values()].filter(
			(v) =>
				(key === undefined ||
					v.vmrName.includes(key) ||
					v.vmrId.includes(key) ||
					(v.member?.account ?? '').includes(key)) &&
				(status === undefined || v.status === Number(status)),
		);
		const data = all.slice(offset, offset + limit).map((v) => JSON.parse(JSON.stringify(v)));
		return this.ok(r, { offset, limit, count: all.length, data });
	},
};

module.exports = { handleVmrs, vmrMethods };
