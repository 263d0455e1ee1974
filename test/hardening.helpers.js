'use strict';
// Shared by hardening.test.js, hardening.pickers.test.js and hardening.credentials.test.js: the host
// that must never be reached, the auth values a fake saw, and answers that echo the request back.
const http = require('node:http');

/** A host that must never be reached: it counts whatever arrives. */
async function startAttacker() {
	const attacker = http.createServer((req, res) => {
		attacker.hits++;
		res.end('{}');
	});
	attacker.hits = 0;
	await new Promise((r) => attacker.listen(0, '127.0.0.1', r));
	attacker.url = `http://127.0.0.1:${attacker.address().port}/collect`;
	return attacker;
}

/** Every auth value the fake saw: tokens, UserSigs, Basic and HMAC headers. */
function authValuesSeen(fake) {
	const out = [];
	for (const r of fake.requests) {
		for (const h of [
			'x-acs-dingtalk-access-token',
			'x-access-token',
			'authorization',
			'x-conference-authorization',
		])
			if (r.headers[h]) out.push(String(r.headers[h]));
		if (r.query.usersig) out.push(r.query.usersig);
	}
	return out;
}

/** Every character but letters and digits percent-encoded (`*` as %2A or %2a), as some encoders send a query. */
const percentAll = (text, lower) =>
	text.replace(/[^A-Za-z0-9]/g, (c) =>
		[...Buffer.from(c)]
			.map((b) => `%${b.toString(16).padStart(2, '0')[lower ? 'toLowerCase' : 'toUpperCase']()}`)
			.join(''),
	);

/** A gateway that echoes the whole request back: raw, base64, percent-encoded (any reserved character, either hex case). */
function echo(r) {
	const text = JSON.stringify({ headers: r.headers, query: r.query, body: r.raw });
	const query = new URLSearchParams(r.query).toString();
	return `${text} ${Buffer.from(text).toString('base64')} ${encodeURIComponent(text)} ${query} ${percentAll(query, false)} ${percentAll(query, true)}`;
}
const failureEcho = (r) => {
	const e = echo(r);
	return {
		code: 'Echo',
		message: e,
		error_code: 'ECHO.1',
		error_msg: e,
		ActionStatus: 'FAIL',
		ErrorCode: 10004,
		ErrorInfo: e,
	};
};
const successEcho = {
	DingTalk: (r) => ({ success: true, result: true, echo: echo(r) }),
	'Tencent Cloud Chat': (r) => ({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', echo: echo(r) }),
	'Huawei Cloud Meeting': (r) => ({ echo: echo(r) }),
};

module.exports = { startAttacker, authValuesSeen, failureEcho, successEcho };
