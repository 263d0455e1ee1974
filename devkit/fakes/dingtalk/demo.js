'use strict';
// The DingTalk demo state the example workflows expect (devkit/fakes/demo.js starts it).
const DAY = 24 * 3600 * 1000;

const DEMO_APP = { clientId: 'demo-dingtalk-app', clientSecret: 'demo-dingtalk-secret-0001' };

/**
 * The demo state the examples expect: a room group with two rooms, two open conferences with
 * members, and the credential (with a default operator) that points at the fake.
 */
const demoVendor = {
	name: 'DingTalk',
	file: 'dingtalk',
	/** The real API host the example workflows' HTTP Request URLs name (the fake stands in for it). */
	apiBaseUrl: 'https://api.dingtalk.com',
	// `create` is added by ./index (which owns FakeDingTalk): no require circle.
	seed: (fake) => seedDemo(fake),
	async start(options) {
		const fake = await this.create(options).start();
		this.seed(fake);
		const credential = {
			id: 'dingtalk-demo',
			name: 'DingTalk (demo)',
			type: 'dingTalkApi',
			data: { appType: 'internal', ...DEMO_APP, baseUrl: fake.url, operatorUnionId: 'demo-admin' },
		};
		return { fake, credential };
	},
};

function seedDemo(fake) {
	fake.addApp(DEMO_APP);
	const hq = fake.addGroup('Headquarters', 0, 501);
	fake.addRoom('demo-room-1', { roomName: 'Everest', groupId: hq.groupId });
	fake.addRoom('demo-room-2', { roomName: 'Kilimanjaro', groupId: hq.groupId });
	fake.addConference('demo-conf-1', { host: 'demo-admin', members: ['demo-user-1'] });
	fake.addConference('demo-conf-2', { host: 'demo-admin', members: ['demo-user-2'] });
	// Two conferences that ended in the last week, for the attendance-sheet example.
	const now = Date.now();
	ended(fake, 'demo-ended-1', now - 2 * DAY, ['demo-user-1', 'demo-user-2'], 'Weekly review');
	ended(fake, 'demo-ended-2', now - 3 * DAY, ['demo-user-3'], 'Design sync');
}

/** A conference held `at` for an hour; its members joined 5 minutes in. */
function ended(fake, id, at, members, title) {
	fake.addConference(id, { host: 'demo-admin', title, startTime: at });
	for (const m of members) fake.joinConference(id, m, at + 5 * 60_000);
	fake.endConference(id, at + 3600_000);
}

module.exports = { demoVendor, seedDemo };
