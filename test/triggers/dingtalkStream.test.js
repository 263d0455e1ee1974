'use strict';
// DingTalk Stream mode through n8n-core's TriggerContext against a fake Stream gateway (WebSocket).
// Node 20 needs --experimental-websocket (NODE_OPTIONS); n8n itself runs on Node 22+ where it is built in.
const { activateTrigger } = require('../../devkit/trigger');
const { FakeDingTalk } = require('../../devkit/fakes/dingtalk');
const { addStreamGateway } = require('../../devkit/fakes/dingtalkStream');
const { sampleEvent } = require('../../devkit/fakes/dingtalkEvents');
const { trigger, chain, noOp } = require('./workflows');

const APP = { clientId: 'stream-app', clientSecret: 'stream-secret-0001' };
const describeIf = typeof WebSocket === 'undefined' ? describe.skip : describe;
const until = async (fn, ms = 5000) => {
	for (const end = Date.now() + ms; !fn(); ) {
		if (Date.now() > end) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 20));
	}
};

describeIf('DingTalk Stream Trigger', () => {
	let fake;
	let gateway;
	let active;
	beforeAll(async () => {
		fake = await new FakeDingTalk().start();
		fake.addApp(APP);
		gateway = addStreamGateway(fake);
		const credentials = {
			'cred-1': { type: 'dingTalkApi', data: { appType: 'internal', ...APP, baseUrl: fake.url } },
		};
		active = await activateTrigger(
			chain(
				trigger('dingTalkStreamTrigger', 'dingTalkApi', {
					events: ['user_leave_org', 'meeting_status_change_target_push'],
					reconnectDelayMs: 5,
				}),
				noOp(),
			),
			{ credentials },
		);
		await until(() => gateway.sockets.size === 1);
	});
	afterAll(async () => {
		await active.deactivate();
		gateway.close();
		await fake.stop();
	});

	test('an EVENT is ACKed with SUCCESS and starts one run with a flattened item', async () => {
		const event = sampleEvent('meeting_status_change_target_push');
		const { eventId, messageId } = gateway.event('meeting_status_change_target_push', event);
		// The ACK travels back over the socket on its own schedule: wait for it as well as for the run.
		await until(
			() =>
				active.executions.length === 1 &&
				gateway.acks.some((a) => a.headers?.messageId === messageId),
		);
		expect(gateway.acks.find((a) => a.headers?.messageId === messageId)).toMatchObject({
			code: 200,
			headers: { messageId },
			data: JSON.stringify({ status: 'SUCCESS', message: 'success' }),
		});
		const [item] = active.executions[0].result.output('Trigger');
		expect(item.json).toMatchObject({
			event: 'meeting_status_change_target_push',
			eventId,
			conferenceId: 'conf-1',
			changeScene: 'conference_created',
		});
	});

	test('a redelivered eventId is ACKed again but starts no second run; unselected events none', async () => {
		const before = active.executions.length;
		const acks = gateway.acks.length;
		const { eventId } = gateway.event('user_leave_org', sampleEvent('user_leave_org'));
		gateway.event('user_leave_org', sampleEvent('user_leave_org'), { eventId });
		gateway.event('bpms_task_change', {});
		await until(() => gateway.acks.length >= acks + 3);
		await active.settled();
		expect(active.executions.length - before).toBe(1);
	});

	test('SYSTEM ping is echoed with its opaque', async () => {
		const opaque = gateway.ping();
		await until(() => gateway.pongs.length > 0);
		expect(JSON.parse(gateway.pongs.at(-1).data).opaque).toBe(opaque);
	});

	test('after DingTalk\'s "disconnect" the trigger reconnects with a new ticket and keeps receiving', async () => {
		const opened = gateway.opened;
		gateway.disconnect();
		await until(() => gateway.opened === opened + 1 && gateway.sockets.size === 1, 8000);
		const before = active.executions.length;
		gateway.event('user_leave_org', sampleEvent('user_leave_org'));
		await until(() => active.executions.length === before + 1);
	});
});
