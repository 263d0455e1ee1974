'use strict';
// The polling triggers in a real n8n: one active workflow per polling trigger (every minute, event
// Meeting Started), `n8n start`, the activation poll records the fakes' state and starts nothing,
// then a meeting starts on each fake and n8n must record exactly one execution per trigger, and no
// second one at the next poll. Used by scripts/e2e.js (a phase). About two minutes per n8n line.
const path = require('node:path');
const lib = require('./real-n8n');
const { startTriggerInstance, executionsOf, waitForExecutions } = require('./triggers-e2e');

const PKG = require('../../package.json').name;
const { FakeDingTalk } = require(path.join(lib.ROOT, 'devkit', 'fakes', 'dingtalk'));
const { FakeHuawei } = require(path.join(lib.ROOT, 'devkit', 'fakes', 'huawei'));

const DINGTALK_APP = { clientId: 'e2e-poll-app', clientSecret: 'e2e-poll-secret-0001' };
const HUAWEI_USER = { account: 'e2e-poll@corp', password: 'e2e-poll-password-1' };
const DINGTALK_LIST = /^\/v1\.0\/conference\/orgConferences/;
const HUAWEI_LIST = /^\/v1\/mmc\/management\/conferences\/online(\?|$)/;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function pollWorkflow(vendor, type, credentialType, credentialId) {
	const id = `poll${vendor}`.padEnd(16, '0').slice(0, 16);
	return {
		vendor: `${vendor}Poll`,
		id,
		noWebhook: true,
		workflow: {
			id,
			name: `Poll e2e: ${vendor}`,
			active: false,
			nodes: [
				{
					id: 'a',
					name: 'Trigger',
					type: `${PKG}.${type}`,
					typeVersion: 1,
					position: [0, 0],
					parameters: {
						pollTimes: { item: [{ mode: 'everyMinute' }] },
						events: ['meetingStarted'],
					},
					credentials: { [credentialType]: { id: credentialId, name: 'x' } },
				},
				{
					id: 'b',
					name: 'Done',
					type: 'n8n-nodes-base.noOp',
					typeVersion: 1,
					position: [200, 0],
					parameters: {},
				},
			],
			connections: { Trigger: { main: [[{ node: 'Done', type: 'main', index: 0 }]] } },
			settings: { saveDataSuccessExecution: 'all', saveDataErrorExecution: 'all' },
		},
	};
}

/** Waits until the fake has answered `count` list calls (polls) in all; false at the deadline. */
async function pollsSeen(fake, pattern, count, timeoutMs) {
	for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(500)) {
		if (fake.requests.filter((r) => pattern.test(r.path) && r.status === 200).length >= count)
			return true;
	}
	return false;
}

async function runPollPhase(check) {
	const dingtalk = await new FakeDingTalk({ qps: 0 }).start();
	dingtalk.addApp(DINGTALK_APP);
	const huawei = await new FakeHuawei().start();
	huawei.addUser(HUAWEI_USER.account, { password: HUAWEI_USER.password });
	const targets = [
		{
			name: 'DingTalk Conference Polling Trigger',
			fake: dingtalk,
			list: DINGTALK_LIST,
			wf: pollWorkflow('dingtalk', 'dingTalkConferenceTrigger', 'dingTalkApi', 'poll-dingtalk'),
			start: () => (dingtalk.addConference('e2e-poll-conf', { host: 'e2e-host' }), 'e2e-poll-conf'),
		},
		{
			name: 'Huawei Cloud Meeting Polling Trigger',
			fake: huawei,
			list: HUAWEI_LIST,
			wf: pollWorkflow(
				'huawei',
				'huaweiCloudMeetingPollTrigger',
				'huaweiCloudMeetingApi',
				'poll-huawei',
			),
			start: () => huawei.addMeeting({ subject: 'e2e poll meeting' }).conferenceID,
		},
	];
	const credentials = [
		{
			id: 'poll-dingtalk',
			name: 'DingTalk (poll e2e)',
			type: 'dingTalkApi',
			data: { appType: 'internal', ...DINGTALK_APP, baseUrl: dingtalk.url },
		},
		{
			id: 'poll-huawei',
			name: 'Huawei (poll e2e)',
			type: 'huaweiCloudMeetingApi',
			data: { authMode: 'account', ...HUAWEI_USER, baseUrl: huawei.url, language: 'en-US' },
		},
	];
	const run = await startTriggerInstance({
		only: [],
		extra: { workflows: targets.map((t) => t.wf), credentials },
	});
	try {
		for (const t of targets) {
			const first = await pollsSeen(t.fake, t.list, 1, 90000);
			check(
				`${t.name}: the activation poll read the vendor's list`,
				first,
				`${t.fake.requests.length} request(s) seen`,
			);
			check(
				`${t.name}: the activation poll started no execution`,
				(await executionsOf(run, t.wf.id)).count === 0,
			);
		}
		for (const t of targets) t.marker = t.start();
		for (const t of targets) {
			const list = await waitForExecutions(run, t.wf.id, 1, 150000);
			check(
				`${t.name}: a meeting started on the fake starts exactly one execution within the next poll`,
				list.count === 1 && list[0].status === 'success',
				JSON.stringify(list.map((e) => [e.id, e.status, e.mode])),
			);
			const one = list[0]
				? await lib.http(run.server.url, 'GET', `/rest/executions/${list[0].id}`, {
						cookie: run.cookie,
					})
				: { text: '' };
			check(
				`${t.name}: the execution's item names the meeting that started`,
				one.text.includes(String(t.marker)) && one.text.includes('meetingStarted'),
				one.text.slice(0, 300),
			);
		}
		for (const t of targets) {
			const polls = t.fake.requests.filter((r) => t.list.test(r.path) && r.status === 200).length;
			const next = await pollsSeen(t.fake, t.list, polls + 1, 90000);
			await sleep(2000); // an execution of that poll would be recorded by now
			const count = (await executionsOf(run, t.wf.id)).count;
			check(
				`${t.name}: the next poll emits nothing again (still one execution)`,
				next && count === 1,
				`next poll seen: ${next}, executions: ${count}`,
			);
		}
	} catch (error) {
		check(
			'poll phase ran to the end',
			false,
			`${error.stack}\n${run.server.logs().split('\n').slice(-20).join('\n')}`,
		);
	} finally {
		await run.stop();
		await dingtalk.stop();
		await huawei.stop();
	}
}

module.exports = { runPollPhase };
