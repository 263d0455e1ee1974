'use strict';
// Corporate users (/v1/usg/dcs/corp/member): AddUser, SearchUsers, ShowUserDetail, UpdateUser,
// BatchUpdateUserStatus, BatchDeleteUsers, as operations-and-events.md §3.2 documents them.
// Sign-in accounts (fake.users) are the same users: a disabled user can no longer sign in.
const crypto = require('node:crypto');

const MEMBER = /^\/v1\/usg\/dcs\/corp\/member\/([^/]+)$/;
const STATUS = /^\/v1\/usg\/dcs\/corp\/member\/status\/([^/]+)$/;
const ACCOUNT_RULE = /^(?!\d+$)[A-Za-z0-9_.@-]{1,64}$/;
const UPDATABLE = [
	'name',
	'englishName',
	'phone',
	'country',
	'email',
	'vmrId',
	'deptCode',
	'signature',
	'title',
	'desc',
	'status',
	'sortLevel',
	'hidePhone',
];
const ADDABLE = [...UPDATABLE, 'account', 'thirdAccount', 'pwd', 'function', 'sendNotify'];

/** The user object Huawei answers with (never the password). */
function view(fake, account, u) {
	const vmrList = [...fake.vmrs.values()].filter(
		(v) =>
			v.member?.account === account ||
			(u.thirdAccount && v.member?.account === u.thirdAccount && v.member.accountType === 1),
	);
	return {
		id: u.id,
		userAccount: account,
		name: u.name ?? account,
		englishName: u.englishName ?? '',
		phone: u.phone ?? '',
		country: u.country ?? '',
		email: u.email ?? '',
		deptCode: u.deptCode ?? '1',
		deptName: 'Root',
		userType: 2,
		adminType: u.admin ? 1 : 2,
		signature: u.signature ?? '',
		title: u.title ?? '',
		desc: u.desc ?? '',
		status: u.state === 'disabled' ? 1 : 0,
		sortLevel: u.sortLevel ?? 10000,
		hidePhone: u.hidePhone ?? false,
		thirdAccount: u.thirdAccount ?? '',
		vmrList: vmrList.map((v) => ({ id: v.id, vmrId: v.vmrId, vmrName: v.vmrName })),
	};
}

function accountTypeOf(fake, r) {
	const raw = r.query.accountType ?? '0';
	return ['0', '1'].includes(raw) ? Number(raw) : undefined;
}

/** [account, user] for an account of this type (`ensure`: with autoCreate, unknown ones come into being). */
function find(fake, account, accountType) {
	if (accountType === 0)
		return fake.users.has(account) ? [account, fake.users.get(account)] : undefined;
	return [...fake.users.entries()].find(([, u]) => u.thirdAccount === account);
}

function ensure(fake, account, accountType) {
	if (!fake.autoCreate || find(fake, account, accountType)) return;
	if (accountType === 0)
		fake.addUser(account, { password: crypto.randomBytes(12).toString('hex'), admin: false });
	else fake.addThirdPartyUser(account);
}

function arrayBody(fake, r, max) {
	if (!String(r.headers['content-type'] ?? '').startsWith('application/json'))
		return fake.err(r, 400, 'USG.000000001', 'Content-Type must be application/json');
	const list = r.body;
	if (!Array.isArray(list) || list.some((a) => typeof a !== 'string' || a === ''))
		return fake.err(r, 400, 'USG.000000001', 'body must be a JSON array of accounts');
	if (list.length < 1 || list.length > max)
		return fake.err(r, 400, 'USG.000000001', `the array must hold 1 to ${max} accounts`);
	return undefined;
}

function checkFields(fake, r, body, allowed) {
	const unknown = Object.keys(body).find((k) => !allowed.includes(k));
	if (unknown) return fake.err(r, 400, 'USG.000000001', `unknown field ${unknown}`);
	const limits = { name: 64, englishName: 64, phone: 32, email: 255, deptCode: 32, signature: 512 };
	for (const [k, max] of Object.entries(limits))
		if (body[k] !== undefined && (typeof body[k] !== 'string' || body[k].length > max))
			return fake.err(r, 400, 'USG.000000001', `${k} must be text of at most ${max} characters`);
	if (body.phone && !body.country)
		return fake.err(r, 400, 'USG.000000001', 'country is required with phone');
	if (
		body.sortLevel !== undefined &&
		(!Number.isInteger(body.sortLevel) || body.sortLevel < 1 || body.sortLevel > 10000)
	)
		return fake.err(r, 400, 'USG.000000001', 'sortLevel must be 1..10000');
	return undefined;
}

function handleUsers(fake, r) {
	const type = accountTypeOf(fake, r);
	if (type === undefined) return fake.err(r, 400, 'USG.000000001', 'accountType must be 0 or 1');
	if (r.path === '/v1/usg/dcs/corp/member' && r.method === 'POST') return add(fake, r);
	if (r.path === '/v1/usg/dcs/corp/member' && r.method === 'GET') return search(fake, r);
	if (r.path === '/v1/usg/dcs/corp/member/delete' && r.method === 'POST') {
		const bad = arrayBody(fake, r, 100);
		if (bad) return bad;
		r.body.forEach((a) => ensure(fake, a, type));
		// All or nothing (the HTML page of meeting_21_0070).
		const missing = r.body.find((a) => !find(fake, a, type));
		if (missing) return fake.err(r, 400, 'USG.000010016', `account ${missing} does not exist`);
		for (const a of r.body) {
			const [account] = find(fake, a, type);
			fake.users.delete(account);
			for (const v of fake.vmrs.values())
				if (v.member?.account === a) (delete v.member, (v.status = 2));
		}
		return fake.empty(r);
	}
	const status = r.path.match(STATUS);
	if (status && r.method === 'PUT') {
		if (!['0', '1'].includes(status[1]))
			return fake.err(r, 400, 'USG.000000001', 'status value must be 0 (enable) or 1 (disable)');
		const bad = arrayBody(fake, r, 100);
		if (bad) return bad;
		r.body.forEach((a) => ensure(fake, a, type));
		const missing = r.body.find((a) => !find(fake, a, type));
		if (missing) return fake.err(r, 400, 'USG.000010016', `account ${missing} does not exist`);
		for (const a of r.body) find(fake, a, type)[1].state = status[1] === '1' ? 'disabled' : 'ok';
		return fake.empty(r);
	}
	const m = r.path.match(MEMBER);
	if (m && (r.method === 'GET' || r.method === 'PUT')) {
		const wanted = decodeURIComponent(m[1]);
		ensure(fake, wanted, type);
		const found = find(fake, wanted, type);
		if (!found) return fake.err(r, 400, 'USG.000010016', `account ${wanted} does not exist`);
		const [account, u] = found;
		if (r.method === 'PUT') {
			const body = r.body ?? {};
			const bad = checkFields(fake, r, body, UPDATABLE);
			if (bad) return bad;
			const { status: st, ...rest } = body;
			Object.assign(u, rest);
			if (st !== undefined) u.state = st === 1 ? 'disabled' : 'ok';
		}
		return fake.ok(r, view(fake, account, u));
	}
	return fake.err(r, 404, 'APIGW.0101', `no API at ${r.method} ${r.path}`);
}

function add(fake, r) {
	const body = r.body ?? {};
	const bad = checkFields(fake, r, body, ADDABLE);
	if (bad) return bad;
	if (typeof body.name !== 'string' || body.name.length < 1)
		return fake.err(r, 400, 'USG.000000001', 'name is required');
	if (!body.email && !body.phone)
		return fake.err(r, 400, 'USG.000000001', 'email or phone is required');
	if (
		body.pwd !== undefined &&
		(typeof body.pwd !== 'string' || body.pwd.length < 6 || body.pwd.length > 32)
	)
		return fake.err(r, 400, 'USG.000000001', 'pwd must be 6..32 characters');
	if (body.account !== undefined && !ACCOUNT_RULE.test(body.account))
		return fake.err(r, 400, 'USG.000000001', 'account format is invalid');
	// AddUserDTO.sendNotify is a string in Huawei's SDK and API reference ("0" = do not notify).
	if (body.sendNotify !== undefined && typeof body.sendNotify !== 'string')
		return fake.err(r, 400, 'USG.000000001', 'sendNotify must be a string');
	const account = body.account ?? `u${crypto.randomBytes(5).toString('hex')}`;
	if (fake.users.has(account))
		return fake.err(r, 400, 'USG.000010017', `account ${account} already exists`);
	const { pwd, account: _a, sendNotify, status, ...profile } = body;
	fake.addUser(account, {
		password: pwd ?? crypto.randomBytes(12).toString('hex'),
		admin: false,
		state: status === 1 ? 'disabled' : 'ok',
		...profile,
	});
	if (sendNotify !== '0') fake.notified.push(account);
	return fake.ok(r, view(fake, account, fake.users.get(account)));
}

function search(fake, r) {
	const offset = Number(r.query.offset ?? 0);
	const limit = Number(r.query.limit ?? 10);
	if (
		!Number.isInteger(offset) ||
		offset < 0 ||
		!Number.isInteger(limit) ||
		limit < 1 ||
		limit > 500
	)
		return fake.err(r, 400, 'USG.000000001', 'offset/limit out of range');
	const { searchKey: key, status, deptCode } = r.query;
	if (status !== undefined && !['0', '1'].includes(status))
		return fake.err(r, 400, 'USG.000000001', 'status must be 0 or 1');
	const all = [...fake.users.entries()]
		.map(([account, u]) => view(fake, account, u))
		.filter(
			(u) =>
				(key === undefined ||
					[u.name, u.userAccount, u.email, u.phone, u.thirdAccount].some((f) =>
						String(f).includes(key),
					)) &&
				(status === undefined || u.status === Number(status)) &&
				(deptCode === undefined || u.deptCode === deptCode),
		);
	const data = all
		.slice(offset, offset + limit)
		.map(({ vmrList, ...u }) => ({ ...u, vmrId: vmrList[0]?.vmrId ?? '' }));
	return fake.ok(r, { offset, limit, count: all.length, data });
}

// accountTypeOf, find and ensure: the administrator routes (admins.js) look accounts up the same way.
module.exports = { handleUsers, accountTypeOf, find, ensure };
