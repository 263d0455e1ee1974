'use strict';
// The trigger example workflows (examples/triggers/) run against the demo's fake vendors.
const fs = require('node:fs');
const path = require('node:path');
const { serveTrigger } = require('../../devkit/webhook');
const { startDemoVendors } = require('../../devkit/fakes/demo');
const { DingTalkPusher, sampleEvent } = require('../../devkit/fakes/dingtalkEvents');
const { TencentCallbackSender, samples } = require('../../devkit/fakes/tencentEvents');

const load = (file) =>
	JSON.parse(
		fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'triggers', file), 'utf8'),
	);
const CALLBACK = { token: 'demoToken1', aesKey: 'o3d6qJ0bG2QmPjvBcLrT5yWmN8sKfA1xZ4hE7uI9pVw' };
let demo;
let credentials;

beforeAll(async () => {
	demo = await startDemoVendors();
	credentials = JSON.parse(JSON.stringify(demo.credentials));
	credentials['dingtalk-demo'].data = {
		...credentials['dingtalk-demo'].data,
		callbackToken: CALLBACK.token,
		callbackAesKey: CALLBACK.aesKey,
	};
	credentials['tencent-demo'].data = {
		...credentials['tencent-demo'].data,
		callbackToken: CALLBACK.token,
	};
});
afterAll(() => demo.stop());

test('dingtalk-offboarding.json: an employee leaves DingTalk -> banned from the Tencent group', async () => {
	const tencent = demo.vendors.find((v) => v.name === 'Tencent Cloud Chat').fake;
	tencent.addGroup('staff-lounge');
	const s = await serveTrigger(load('dingtalk-offboarding.json'), { credentials });
	const pusher = new DingTalkPusher({
		...CALLBACK,
		ownerKey: credentials['dingtalk-demo'].data.clientId,
	});
	const r = await pusher.push(s.url, sampleEvent('user_leave_org', { UserId: ['leaver42'] }));
	expect(pusher.replyIsSuccess(r.json)).toBe(true);
	await s.stop();
	expect(s.executions).toHaveLength(1);
	expect(s.executions[0].result.status).toBe('success');
	expect(s.executions[0].result.output('Ban from the staff group')[0].json).toMatchObject({
		groupId: 'staff-lounge',
		memberAccounts: ['leaver42'],
	});
	expect(tencent.groups.get('staff-lounge').banned.has('leaver42')).toBe(true);
});

test('tencent-keyword-filter.json: a message with a banned keyword is rejected, others allowed', async () => {
	const s = await serveTrigger(load('tencent-keyword-filter.json'), { credentials });
	const sender = new TencentCallbackSender({
		sdkAppId: credentials['tencent-demo'].data.sdkAppId,
		token: CALLBACK.token,
	});
	const bad = await sender.send(
		s.url,
		'Group.CallbackBeforeSendMsg',
		samples['Group.CallbackBeforeSendMsg']('this is a SCAM'),
	);
	const good = await sender.send(
		s.url,
		'Group.CallbackBeforeSendMsg',
		samples['Group.CallbackBeforeSendMsg']('good morning'),
	);
	expect(bad.json).toEqual({ ActionStatus: 'OK', ErrorCode: 1, ErrorInfo: 'message refused' });
	expect(good.json).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
	await s.stop();
});
