'use strict';
// Enterprise administrators (/v1/usg/dcs/corp/admin): SearchCorpAdmins, AddCorpAdmin,
// BatchDeleteCorpAdmins; and ResetPwdByAdmin (/v1/usg/acs/password/admin/reset), which makes up a
// new password and "sends" it to the user (fake.passwordNotices). Administrators are the users with
// `admin` set (the same flag that lets an account's token call admin APIs); adminType 0 is the
// enterprise's default administrator, who cannot be removed. The page maximum (100) and the list
// maximum (100) are UNCONFIRMED: the SDK documents neither; the node assumes both.
const crypto = require('node:crypto');
const { accountTypeOf, ensure, find } = require('./users');

const PAGE_MAX = 100;
const LIST_MAX = 100;

/** QueryCorpAdminResultDTO (never the password). */
function view(account, u) {
	return {
		id: u.id,
		account,
		name: u.name ?? account,
		adminType: u.adminType ?? 0,
		email: u.email ?? '',
		phone: u.phone ?? '',
		country: u.country ?? '',
		dept: { deptCode: u.deptCode ?? '1', deptName: 'Root', deptNamePath: 'Root' },
	};
}

function search(fake, r) {
	const offset = Number(r.query.offset ?? 0);
	const limit = Number(r.query.limit ?? 10);
	if (
		!Number.isInteger(offset) ||
		offset < 0 ||
		!Number.isInteger(limit) ||
		limit < 1 ||
		limit > PAGE_MAX
	)
		return fake.err(r, 400, 'USG.000000001', `offset/limit out of range (limit 1-${PAGE_MAX})`);
	const key = r.query.searchKey;
	const all = [...fake.users.entries()]
		.filter(([, u]) => u.admin)
		.map(([account, u]) => view(account, u))
		.filter(
			(a) =>
				key === undefined ||
				[a.name, a.account, a.email, a.phone].some((f) => String(f).includes(key)),
		);
	return fake.ok(r, { offset, limit, count: all.length, data: all.slice(offset, offset + limit) });
}

function add(fake, r, accountType) {
	if (!String(r.headers['content-type'] ?? '').startsWith('application/json'))
		return fake.err(r, 400, 'USG.000000001', 'Content-Type must be application/json');
	const b = r.body;
	if (
		!b ||
		typeof b !== 'object' ||
		Array.isArray(b) ||
		Object.keys(b).some((k) => k !== 'account')
	)
		return fake.err(r, 400, 'USG.000000001', 'body must be {account}');
	if (typeof b.account !== 'string' || b.account === '')
		return fake.err(r, 400, 'USG.000000001', 'account is required');
	ensure(fake, b.account, accountType);
	const found = find(fake, b.account, accountType);
	if (!found) return fake.err(r, 400, 'USG.000010016', `account ${b.account} does not exist`);
	// UNCONFIRMED how Huawei answers a repeat; here it fails, except under autoCreate (the fault and
	// count suites repeat runs with the same items).
	if (found[1].admin && !fake.autoCreate)
		return fake.err(r, 400, 'USG.000010400', `${b.account} is already an administrator`);
	if (!found[1].admin) Object.assign(found[1], { admin: true, adminType: 1 });
	return fake.empty(r);
}

/** All or nothing: every account must be a removable administrator. */
function removeAll(fake, r, accountType) {
	if (!String(r.headers['content-type'] ?? '').startsWith('application/json'))
		return fake.err(r, 400, 'USG.000000001', 'Content-Type must be application/json');
	const list = r.body;
	if (!Array.isArray(list) || list.some((a) => typeof a !== 'string' || a === ''))
		return fake.err(r, 400, 'USG.000000001', 'body must be a JSON array of accounts');
	if (list.length < 1 || list.length > LIST_MAX)
		return fake.err(r, 400, 'USG.000000001', `the array must hold 1 to ${LIST_MAX} accounts`);
	// autoCreate (fault and count suites): listed accounts are administrators on first use.
	if (fake.autoCreate)
		for (const account of list) {
			ensure(fake, account, accountType);
			const [, user] = find(fake, account, accountType);
			if (!user.admin) Object.assign(user, { admin: true, adminType: 1 });
		}
	const found = list.map((account) => [account, find(fake, account, accountType)]);
	for (const [account, entry] of found) {
		if (!entry?.[1].admin)
			return fake.err(r, 400, 'USG.000010401', `${account} is not an administrator`);
		if ((entry[1].adminType ?? 0) === 0)
			return fake.err(r, 400, 'USG.000010402', 'the default administrator cannot be removed');
	}
	for (const [, [, user]] of found) Object.assign(user, { admin: false, adminType: undefined });
	return fake.empty(r);
}

/** ResetPwdByAdmin: {account} only; a new password goes to the user, never into the answer. */
function resetPassword(fake, r) {
	if (!String(r.headers['content-type'] ?? '').startsWith('application/json'))
		return fake.err(r, 400, 'USG.000000001', 'Content-Type must be application/json');
	const b = r.body;
	if (
		!b ||
		typeof b !== 'object' ||
		Array.isArray(b) ||
		Object.keys(b).some((k) => k !== 'account')
	)
		return fake.err(r, 400, 'USG.000000001', 'body must be {account}');
	if (typeof b.account !== 'string' || b.account === '')
		return fake.err(r, 400, 'USG.000000001', 'account is required');
	ensure(fake, b.account, 0);
	const user = fake.users.get(b.account);
	if (!user) return fake.err(r, 400, 'USG.000010016', `account ${b.account} does not exist`);
	if (!user.email && !user.phone)
		return fake.err(
			r,
			400,
			'USG.000010403',
			'the user has no email or phone to send a password to',
		);
	user.password = `Np-${crypto.randomBytes(9).toString('base64url')}`;
	(fake.passwordNotices ??= []).push({ account: b.account, password: user.password });
	return fake.empty(r);
}

/** Every administrator API and the password reset, or undefined when the request is for another one. */
function handleAdmins(fake, r) {
	if (r.method === 'PUT' && r.path === '/v1/usg/acs/password/admin/reset')
		return resetPassword(fake, r);
	if (!r.path.startsWith('/v1/usg/dcs/corp/admin')) return undefined;
	const type = accountTypeOf(fake, r);
	if (type === undefined) return fake.err(r, 400, 'USG.000000001', 'accountType must be 0 or 1');
	if (r.method === 'GET' && r.path === '/v1/usg/dcs/corp/admin') return search(fake, r);
	if (r.method === 'POST' && r.path === '/v1/usg/dcs/corp/admin') return add(fake, r, type);
	if (r.method === 'POST' && r.path === '/v1/usg/dcs/corp/admin/delete')
		return removeAll(fake, r, type);
	return undefined;
}

module.exports = { handleAdmins };
