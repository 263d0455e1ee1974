'use strict';
// The real-n8n half of docs/any-api.md beyond the plain run of examples/any-api-http-request.json
// (which shows each credential's auth accepted and the demo credentials' Allowed Domains honoured):
// each vendor answers its HTTP Request call with a redirect to another fake, and n8n must not follow
// it — the run fails and nothing, least of all our token or signature, reaches the other host.
const lib = require('./real-n8n');

const FILE = 'any-api-http-request.json';
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs the example once per vendor with that vendor's call redirected; `check` as the e2e's. */
async function checkRedirectsRefused(instance, demo, examples, check) {
	const example = examples.find((e) => e.file === FILE);
	if (!check(`${FILE}: imported`, Boolean(example))) return;
	for (const vendor of demo.vendors) {
		const node = example.workflow.nodes.find(
			(n) => n.parameters?.nodeCredentialType === vendor.credential.type,
		);
		if (!check(`${FILE}: has an HTTP Request node with ${vendor.credential.type}`, Boolean(node)))
			continue;
		demo.restore();
		const elsewhere = demo.vendors.find((v) => v !== vendor).fake;
		const path = new RegExp(`^${escape(new URL(node.parameters.url).pathname)}$`);
		vendor.fake.inject({
			kind: 'status',
			status: 302,
			headers: { Location: `${elsewhere.url}/collect` },
			body: {},
			path,
			times: 5,
		});
		const result = await lib.executeWorkflow(instance, example.id);
		const collected = demo.vendors.flatMap((v) => v.fake.calls(/^\/collect/));
		check(
			`${FILE}: ${vendor.name} answers with a redirect: the run fails (status ${result.status})`,
			result.status !== 'success',
		);
		check(
			`${FILE}: ${vendor.name} redirect to another host not followed`,
			vendor.fake.calls(path).length > 0 && collected.length === 0,
			`${vendor.fake.calls(path).length} call(s) redirected, ${collected.length} arrived at /collect`,
		);
	}
	demo.restore();
	await checkAllowedDomains(instance, demo, example, check);
}

/**
 * n8n's "Allowed HTTP Request Domains" on our credential is honoured: with only another domain
 * allowed, the call to the fake is refused by n8n and the fake hears no business call.
 */
async function checkAllowedDomains(instance, demo, example, check) {
	// n8n 1.x shows the field but does not enforce it for a credential that declares it (docs/any-api.md).
	if (Number(lib.line().n8n.split('.')[0]) < 2)
		return console.log(
			`   Allowed Domains not checked on n8n ${lib.line().n8n}: enforced from n8n 2.x on`,
		);
	for (const vendor of demo.vendors) {
		const node = example.workflow.nodes.find(
			(n) => n.parameters?.nodeCredentialType === vendor.credential.type,
		);
		const saved = demo.credentialExport.find((c) => c.type === vendor.credential.type);
		if (!node || !saved) continue;
		demo.restore();
		await lib.importCredentials(instance, [
			{
				...saved,
				data: {
					...saved.data,
					allowedHttpRequestDomains: 'domains',
					allowedDomains: 'example.com',
				},
			},
		]);
		const path = new RegExp(`^${escape(new URL(node.parameters.url).pathname)}$`);
		try {
			const result = await lib.executeWorkflow(instance, example.id);
			const refused = /Domain not allowed/.test(JSON.stringify(result));
			check(
				`${FILE}: ${vendor.name} with Allowed Domains "example.com": n8n refuses the call ("Domain not allowed") and the fake hears none`,
				refused && vendor.fake.calls(path).length === 0,
				`status ${result.status}, ${vendor.fake.calls(path).length} call(s) arrived: ${JSON.stringify(result).slice(0, 300)}`,
			);
		} finally {
			await lib.importCredentials(instance, demo.credentialExport);
		}
	}
	demo.restore();
}

module.exports = { checkRedirectsRefused };
