'use strict';
// Token issuing of the fake Huawei API: account & password (Basic) and App ID (HMAC-SHA256).
const crypto = require('node:crypto');

const authMethods = {
	issue(r, { admin, appId }) {
		const token = crypto.randomBytes(18).toString('base64url');
		const now = Math.floor(Date.now() / 1000);
		this.tokens.set(token, { expiresAt: Date.now() + this.tokenTtl * 1000, admin, appId });
		return this.ok(r, {
			accessToken: token,
			validPeriod: this.tokenTtl,
			expireTime: now + this.tokenTtl,
			createTime: Date.now(),
			tokenType: 0,
			clientType: 72,
		});
	},

	accountAuth(r) {
		const auth = String(r.headers.authorization ?? '');
		this.authHeaders.push(auth);
		const basic = auth.match(/^Basic (.+)$/);
		if (!basic) return this.err(r, 401, 'USG.000000002', 'Authorization must be Basic');
		const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
		const colon = decoded.indexOf(':');
		const [account, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
		if (!r.body || r.body.account !== account || r.body.clientType !== 72)
			return this.err(
				r,
				400,
				'USG.000000001',
				'body must be {account, clientType: 72} matching the Basic account',
			);
		const user = this.users.get(account);
		if (!user || user.password !== password)
			return this.err(r, 401, 'USG.000000003', 'Incorrect account or password.');
		if (user.state === 'disabled')
			return this.err(r, 412, 'USG.000000042', 'The account has been disabled.');
		if (user.state === 'locked')
			return this.err(r, 423, 'USG.000000043', 'The account has been locked.');
		return this.issue(r, { admin: user.admin });
	},

	appAuth(r) {
		const auth = String(r.headers.authorization ?? '');
		this.authHeaders.push(auth);
		const m = auth.match(/^HMAC-SHA256 signature=([0-9a-f]{64}),access=(\S+)$/);
		if (!m)
			return this.err(
				r,
				401,
				'USG.000000005',
				'Authorization must be HMAC-SHA256 signature=<hex>,access=<base64 appId>',
			);
		const [, signature, access] = m;
		this.signatures.push(signature);
		if (r.headers['x-token-type'] !== 'LongTicket')
			return this.err(r, 400, 'USG.000000001', 'X-Token-Type must be LongTicket');
		const b = r.body ?? {};
		const allowed = [
			'appId',
			'clientType',
			'expireTime',
			'nonce',
			'userId',
			'corpId',
			'userName',
			'userEmail',
			'userPhone',
			'deptCode',
		];
		const unknown = Object.keys(b).filter((k) => !allowed.includes(k));
		if (unknown.length) return this.err(r, 400, 'USG.000000001', `unknown field ${unknown[0]}`);
		if (typeof b.appId !== 'string' || Buffer.from(access, 'base64').toString('utf8') !== b.appId)
			return this.err(r, 400, 'USG.000000001', 'access must be base64(appId)');
		if (b.clientType !== 72) return this.err(r, 400, 'USG.000000001', 'clientType must be 72');
		if (typeof b.nonce !== 'string' || b.nonce.length < 32 || b.nonce.length > 64)
			return this.err(r, 400, 'USG.000000001', 'nonce must be 32-64 characters');
		const now = Math.floor(Date.now() / 1000);
		if (!Number.isInteger(b.expireTime) || (b.expireTime !== 0 && b.expireTime <= now))
			return this.err(r, 401, 'USG.000000006', 'The signature has expired.');
		if (this.nonces.has(b.nonce))
			return this.err(r, 401, 'USG.000000007', 'The nonce has been used.');
		this.nonces.add(b.nonce);
		const app = this.apps.get(b.appId);
		if (!app) return this.err(r, 401, 'USG.000000005', 'Unknown App ID.');
		if (app.corpId ? b.corpId !== app.corpId : b.corpId !== undefined)
			return this.err(
				r,
				401,
				'USG.000000005',
				app.corpId ? 'corpId does not match this SP app' : 'corpId is only for SP apps',
			);
		const userId = b.userId ?? '';
		const data = app.corpId
			? [b.appId, b.corpId, userId, b.expireTime, b.nonce]
			: [b.appId, userId, b.expireTime, b.nonce];
		const expected = crypto.createHmac('sha256', app.appKey).update(data.join(':')).digest('hex');
		if (expected !== signature)
			return this.err(r, 401, 'USG.000000005', 'The signature is incorrect.');
		return this.issue(r, { admin: true, appId: b.appId });
	},
};

module.exports = { authMethods };
