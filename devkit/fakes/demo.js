'use strict';
// Starts every fake vendor on loopback with the state the example workflows expect, and the
// credentials (by the ids the examples reference) that point at them. Used by the demo, the
// real-n8n end-to-end run and the benchmark. Each vendor's fake module seeds its own demo state
// (its `demoVendor` export: create, seed, start).
const { demoVendor: dingtalk } = require('./dingtalk');
const { demoVendor: tencent } = require('./tencent');
const { withEndedMeetings } = require('./endedDemo');
const huawei = withEndedMeetings(require('./huawei').demoVendor);

const vendors = [dingtalk, tencent, huawei];

/** "Allowed HTTP Request Domains" for the demo credentials: the HTTP Request node may call the fakes. */
const LOOPBACK_DOMAINS = { allowedHttpRequestDomains: 'domains', allowedDomains: '127.0.0.1' };

/**
 * What restore() leaves as it is on a running fake: its server, and the credentials' tokens and
 * nonces (a long-running n8n keeps the tokens it was given; they must still work).
 */
const LIVE = new Set([
	'name',
	'latencyMs',
	'server',
	'sockets',
	'connections',
	'port',
	'url',
	'tokens',
	'conferenceTokens',
	'nonces',
]);

/** Puts a running fake back to its freshly seeded demo state, and forgets its requests. */
function restore(vendor, fake, options) {
	const fresh = vendor.create(options);
	vendor.seed(fresh);
	for (const [key, value] of Object.entries(fresh)) if (!LIVE.has(key)) fake[key] = value;
	fake.reset();
}

async function startDemoVendors(options = {}) {
	const started = [];
	for (const vendor of vendors) {
		const v = {
			name: vendor.name,
			apiBaseUrl: vendor.apiBaseUrl,
			...(await vendor.start(options)),
		};
		// The fakes live on loopback; the credentials' default Allowed Domains name the vendors' hosts.
		v.credential.data = { ...v.credential.data, ...LOOPBACK_DOMAINS };
		v.restore = () => restore(vendor, v.fake, options);
		started.push(v);
	}
	return {
		vendors: started,
		/** credential id -> { type, data }, as runWorkflow takes them */
		credentials: Object.fromEntries(
			started.map((v) => [v.credential.id, { type: v.credential.type, data: v.credential.data }]),
		),
		/** n8n import:credentials format */
		credentialExport: started.map((v) => ({
			id: v.credential.id,
			name: v.credential.name,
			type: v.credential.type,
			data: v.credential.data,
		})),
		/** The workflow with the vendors' real API hosts (HTTP Request URLs) pointing at the fakes. */
		localize(workflow) {
			let text = JSON.stringify(workflow);
			for (const v of started) text = text.split(v.apiBaseUrl).join(v.fake.url);
			return JSON.parse(text);
		},
		/** Every fake back to the demo state: run before each example, so none sees another's changes. */
		restore() {
			started.forEach((v) => v.restore());
		},
		async stop() {
			await Promise.all(started.map((v) => v.fake.stop()));
		},
	};
}

module.exports = { startDemoVendors };
