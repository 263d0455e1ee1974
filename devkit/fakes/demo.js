'use strict';
// Starts every fake vendor on loopback with the state the example workflows expect, and the
// credentials (by the ids the examples reference) that point at them. Used by the demo, the
// real-n8n end-to-end run and the benchmark.
const fs = require('node:fs');
const path = require('node:path');
const { FakeDingTalk } = require('./dingtalk');

const DEMO = {
	dingtalk: { clientId: 'demo-dingtalk-app', clientSecret: 'demo-dingtalk-secret-0001' },
};

/** Each vendor: start its fake, seed it, and return the credential the examples use. */
const vendors = [
	{
		name: 'DingTalk',
		file: 'dingtalk.js',
		async start(options) {
			const fake = await new FakeDingTalk(options).start();
			fake.addApp(DEMO.dingtalk);
			fake.addRoom('demo-room-1');
			['demo-conf-1', 'demo-conf-2'].forEach((id) => fake.addConference(id));
			const credential = { id: 'dingtalk-demo', name: 'DingTalk (demo)', type: 'dingTalkApi', data: { appType: 'internal', ...DEMO.dingtalk, baseUrl: fake.url } };
			return { fake, credential };
		},
	},
];

// Vendors added later register themselves in their own fake module (`demoVendor` export).
for (const file of ['tencent.js', 'huawei.js']) {
	if (fs.existsSync(path.join(__dirname, file))) {
		const mod = require(`./${file}`);
		if (mod.demoVendor) vendors.push(mod.demoVendor);
	}
}

async function startDemoVendors(options = {}) {
	const started = [];
	for (const vendor of vendors) started.push({ name: vendor.name, ...(await vendor.start(options)) });
	return {
		vendors: started,
		/** credential id -> { type, data }, as runWorkflow takes them */
		credentials: Object.fromEntries(started.map((v) => [v.credential.id, { type: v.credential.type, data: v.credential.data }])),
		/** n8n import:credentials format */
		credentialExport: started.map((v) => ({ id: v.credential.id, name: v.credential.name, type: v.credential.type, data: v.credential.data })),
		async stop() {
			await Promise.all(started.map((v) => v.fake.stop()));
		},
	};
}

module.exports = { startDemoVendors };
