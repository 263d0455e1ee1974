'use strict';
// DingTalk's entry in the operation registry: the fake, credentials, faults and every operation.
const { FakeDingTalk } = require('../fakes/dingtalk');
const { unique, ADMIN, rooms, groups, confs, endedConferences } = require('./dingtalk/common');

const dingtalk = {
	name: 'DingTalk',
	limit: 100, // ids per call for the list operation
	ratePerSecond: 20,
	async startFake(options) {
		return await new FakeDingTalk(options).start();
	},
	/** A fresh app on the fake plus the credentials map runWorkflow takes. */
	newCredentials(fake) {
		const app = { clientId: unique('bench-app'), clientSecret: unique('bench-secret') };
		fake.addApp(app);
		return {
			secrets: [app.clientSecret],
			credentials: {
				'cred-1': {
					type: 'dingTalkApi',
					data: { appType: 'internal', ...app, baseUrl: fake.url, operatorUnionId: ADMIN },
				},
			},
		};
	},
	tokenCalls: (fake) => fake.tokenCalls().length,
	businessCalls: (fake) => fake.businessCalls().length,
	businessPath: /^\/v1\.0\/(rooms|conference|calendar)\//,
	nodeType: 'dingTalk',
	/** The credential test (the node's `testedBy`) and every path it calls: a fresh token only. */
	credentialTest: { paths: [/\/oauth2\//] },
	/** EVERY picker of the node (methods.listSearch / loadOptions, `kind.name`), with what it lists. */
	pickers: {
		'listSearch.searchMeetingRooms': { prepare: (fake) => rooms(fake, 2) },
		'listSearch.searchMeetingRoomGroups': { prepare: (fake) => groups(fake, 2) },
		'listSearch.searchConferences': { prepare: confs() },
		'listSearch.searchEndedConferences': { prepare: endedConferences },
		// ADMIN (the credential's operator) has an event in an hour, in the picker's window.
		'listSearch.searchCalendarEvents': {
			prepare: (fake) =>
				fake.addEvent(ADMIN, 'event-a', {
					start: Date.now() + 3600_000,
					end: Date.now() + 7200_000,
				}),
		},
	},
	expireTokens: (fake) => fake.expireTokens(),
	throttleFaults: [
		{
			kind: 'status',
			status: 403,
			body: { code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', message: 'qps limit' },
		},
		{
			kind: 'status',
			status: 429,
			headers: { 'Retry-After': '0' },
			body: { code: 'Throttled', message: 'too many requests' },
		},
	],
	/**
	 * The operation registry: EVERY operation of the node, keyed `resource.operation` (a test checks
	 * it against the node). The fault matrix, request counts and secret scan run over all of them;
	 * the benchmark over those with `bench` (seed operations).
	 */
	operations: {
		...require('./dingtalk/rooms'),
		...require('./dingtalk/conferences'),
		...require('./dingtalk/history'),
		...require('./dingtalk/calendar'),
	},
};

/**
 * The workflow an n8n user builds today from n8n's HTTP Request node for the same job: a token
 * request once, then one HTTP Request per item, batched to stay under DingTalk's 20 calls/s
 * (`tuned`), or with the node's default settings (every item at once).
 */
dingtalk.baseline = (fake, credentials, opName, { tuned = true } = {}) => {
	const { clientId, clientSecret } = credentials['cred-1'].data;
	const { baselineWorkflow } = require('./index');
	const call = {
		removeUsers: {
			url: `${fake.url}/v1.0/rooms/bookings/blacklist/remove`,
			body: '={{ JSON.stringify({ blacklistUnionIds: $json.ids, unionId: $json.operator ?? "operator" }) }}',
		},
		sendCentralControl: {
			url: `${fake.url}/v1.0/rooms/central/control`,
			body: '={{ JSON.stringify({ roomId: $json.roomId, unionId: "operator", controlBody: JSON.stringify({ version: "1.0.0", request: { method: "subscribe" } }) }) }}',
		},
		lock: {
			url: `={{ "${fake.url}/v1.0/conference/videoConferences/" + encodeURIComponent($json.conferenceId) + "/lock" }}`,
			body: '={{ JSON.stringify({ action: "lock" }) }}',
		},
	}[opName];
	return baselineWorkflow({
		token: {
			url: `${fake.url}/v1.0/oauth2/accessToken`,
			body: JSON.stringify({ appKey: clientId, appSecret: clientSecret }),
		},
		call: {
			...call,
			headers: [
				{
					name: 'x-acs-dingtalk-access-token',
					value: "={{ $('Get token').first().json.accessToken }}",
				},
			],
		},
		// 20 per 1100 ms: at 19 or 20 per 1000 ms the HTTP Request node's bursts straddle DingTalk's
		// one-second window, a call is throttled and the node fails the whole run.
		batch: tuned ? { batchSize: 20, batchInterval: 1100 } : undefined,
	});
};

// Safe to repeat but destructive: their descriptions say they cannot be undone, like those of the
// operations that must not repeat (test/toolDescriptions.test.js).
for (const key of [
	'meetingRoom.delete',
	'meetingRoomGroup.delete',
	'videoConference.close',
	'videoConference.removeMembers',
	'scheduledConference.cancel',
])
	dingtalk.operations[key].destructive = true;

module.exports = dingtalk;
