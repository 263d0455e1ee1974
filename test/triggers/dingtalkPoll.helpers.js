'use strict';
// Shared by dingtalkPoll.test.js and dingtalkPollPaging.test.js: a DingTalk fake with an active
// DingTalk Conference Trigger polling it, and what its polls emitted and called.
const { activatePoll } = require('../../devkit/poll');
const { FakeDingTalk } = require('../../devkit/fakes/dingtalk');
const { trigger, chain, noOp } = require('./workflows');

const ALL = ['meetingStarted', 'meetingEnded', 'participantJoined', 'participantLeft'];
const LIST = '/v1.0/conference/orgConferences';
const MEMBERS = /\/members$/;
const INFO = /^\/v1\.0\/conference\/videoConferences\/[^/]+$/;
const QPS = {
	kind: 'status',
	status: 403,
	body: { code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', message: 'qps limit' },
};
let apps = 0;
const fakes = [];
/** Stops every fake `setup` started (each test file calls it in its afterAll). */
const stopFakes = async () => Promise.all(fakes.map((f) => f.stop()));

/** A fake DingTalk (seeded by `seed`) and an active workflow polling it; its own app, so tokens never cross tests. */
async function setup({ events = ALL, seed = () => {}, stored } = {}) {
	// No rate limit on the fake: these tests count calls, and a busy machine's late timers must not
	// turn into a throttled call (throttling is injected where it is tested).
	const fake = await new FakeDingTalk({ qps: 0 }).start();
	fakes.push(fake);
	const app = { clientId: `poll-app-${++apps}`, clientSecret: `poll-secret-${apps}-0001` };
	fake.addApp(app);
	seed(fake);
	const credentials = {
		'cred-1': { type: 'dingTalkApi', data: { appType: 'internal', ...app, baseUrl: fake.url } },
	};
	const workflow = (evs) =>
		chain(
			trigger('dingTalkConferenceTrigger', 'dingTalkApi', {
				pollTimes: { item: [{ mode: 'everyMinute' }] },
				events: evs,
			}),
			noOp(),
		);
	const active = await activatePoll(workflow(events), { credentials, stored });
	return { fake, active, app, credentials, workflow };
}

/** Every emitted event so far, as "event conference [who]". */
const seen = (active) =>
	active.executions.flatMap((e) =>
		e.result
			.output('Trigger')
			.map(({ json: j }) => [j.event, j.conferenceId, j.unionId].filter(Boolean).join(' ')),
	);
/** Calls of one poll, by API. */
async function callsOf(fake, poll) {
	fake.reset();
	await poll();
	return {
		list: fake.calls(LIST).length,
		members: fake.calls(MEMBERS).length,
		info: fake.calls(INFO).length,
		all: fake.businessCalls().length,
	};
}

module.exports = { ALL, LIST, MEMBERS, INFO, QPS, setup, seen, callsOf, stopFakes };
