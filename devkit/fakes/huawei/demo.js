'use strict';
// The demo state of the fake Huawei API that the example workflows expect (see devkit/fakes/demo.js).
const crypto = require('node:crypto');

const DEMO = { account: 'demo-admin@huawei', password: 'demo-huawei-password-0001' };

/** The demo state the example workflows expect (see devkit/fakes/demo.js). */
const demoVendor = {
	name: 'Huawei Cloud Meeting',
	file: 'huawei.js',
	/** The real API host the example workflows' HTTP Request URLs name (the fake stands in for it). */
	apiBaseUrl: 'https://api.meeting.huaweicloud.com',
	// `create` is added by ../huawei (which owns FakeHuawei): no require circle.
	seed(fake) {
		// Fixed user ids too: the demo state is the same every time it is seeded (see demo.js restore).
		fake.addUser(DEMO.account, { id: 'demo0usr00000000000000000000000a', password: DEMO.password });
		for (const [n, account] of ['alice@demo', 'bob@demo'].entries()) {
			fake.addUser(account, {
				id: `demo0usr0000000000000000000000${n}1`,
				password: crypto.randomBytes(12).toString('hex'),
				// alice is also an administrator (examples/offboarding-across-vendors.json takes that away).
				...(n === 0 ? { admin: true, adminType: 1 } : { admin: false }),
			});
		}
		// Fixed ids, so the example's rows can name them.
		const rooms = {
			'alice@demo': ['demo0vmr0000000000000000000000a1', 'demo0vmr0000000000000000000000a2'],
			'bob@demo': ['demo0vmr0000000000000000000000b1'],
		};
		for (const [account, ids] of Object.entries(rooms)) {
			ids.forEach((id, n) =>
				fake.vmrs.set(id, {
					id,
					vmrId: String(910000000 + fake.vmrs.size),
					vmrName: `${account} room ${n + 1}`,
					status: 0,
					member: { account, accountType: 0, name: account },
				}),
			);
		}
		// One running meeting (controllable now) and one booked for tomorrow.
		fake.addMeeting({
			conferenceID: '960000001',
			subject: 'All hands (running)',
			chairPwd: crypto.randomBytes(4).toString('hex'),
		});
		fake.addMeeting({
			conferenceID: '960000002',
			subject: 'Planning (tomorrow)',
			start: Date.now() + 86400000,
		});
		// Two recordings (examples/huawei-recording-retention.json): one past a 30-day retention, one not.
		fake.addRecording({
			confUUID: 'de00000000000000000000000000aa01',
			subject: 'Quarterly review (45 days ago)',
			start: Date.now() - 45 * 86400000,
			sizes: [3 * 1024 * 1024],
		});
		fake.addRecording({
			confUUID: 'de00000000000000000000000000aa02',
			subject: 'Stand-up (2 days ago)',
			start: Date.now() - 2 * 86400000,
			sizes: [1024 * 1024],
		});
		// Two meeting-room devices (docs/any-api.md lists them through the HTTP Request node).
		fake.devices.push(
			{ sn: 'DEMO0BAR00001', name: 'Everest Bar', model: 'HUAWEI Bar 500', status: 0 },
			{ sn: 'DEMO0BOARD0002', name: 'Kilimanjaro Board', model: 'HUAWEI Board', status: 0 },
		);
	},
	async start(options) {
		const fake = await this.create(options).start();
		this.seed(fake);
		const credential = {
			id: 'huawei-demo',
			name: 'Huawei Cloud Meeting (demo)',
			type: 'huaweiCloudMeetingApi',
			data: { authMode: 'account', ...DEMO, baseUrl: fake.url, language: 'en-US' },
		};
		return { fake, credential };
	},
};

module.exports = { demoVendor };
