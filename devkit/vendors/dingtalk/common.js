'use strict';
// What the DingTalk registry modules share: the node workflow, seeded state and its ids.
const { singleNodeWorkflow } = require('../../engine');

let seq = 0;
const unique = (prefix) => `${prefix}-${++seq}-${Math.random().toString(36).slice(2, 8)}`;
/** The default operator every registry credential carries (the fake's conferences are hosted by it). */
const ADMIN = 'bench-admin';

const wf = (resource, operation, params) => (options) =>
	singleNodeWorkflow('dingTalk', { resource, operation, ...params, options }, 'dingTalkApi');
const byIndex = (key, prefix) => (n) =>
	Array.from({ length: n }, (_, i) => ({ json: { [key]: `${prefix}-${i}` } }));
const fresh = (key, prefix) => (n) =>
	Array.from({ length: n }, () => ({ json: { [key]: unique(prefix) } }));
const conferences = (n) =>
	Array.from({ length: n }, (_, i) => ({ json: { conferenceId: `conf-${i}` } }));
const rooms = (fake, n) => {
	for (let i = 0; i < n; i++) fake.addRoom(`room-${i}`);
};
const groups = (fake, n) => {
	for (let i = 0; i < n; i++) fake.addGroup(`Group ${i}`, 0, 9000 + i);
};
/** For operations that change what they act on: the fake answers as usual but keeps its state (see FakeDingTalk.replayable). */
const replayable = (prepare) => (fake, n) => {
	fake.replayable = true;
	prepare(fake, n);
};
const confs =
	(extra = {}) =>
	(fake, n) => {
		for (let i = 0; i < n; i++)
			Object.assign(fake.addConference(`conf-${i}`, { host: ADMIN, members: ['member-1'] }), extra);
	};
/** List operations on conferences: item i names conf-i with one member (`items`), or conf-(i % 3) with `counts[i]` members (`listItems`). */
const LIST_CONFS = 3;
/** The longest list test/counts.test.js makes for a per-call limit of 100: 2 × 100 + 7. */
const LONGEST_LIST = 207;
const memberIds = (i, count) => Array.from({ length: count }, (_, k) => `m${i}-${k}`);
const memberItems = (n) =>
	Array.from({ length: n }, (_, i) => ({ json: { conferenceId: `conf-${i}`, ids: ['member-1'] } }));
const memberLists = (counts) =>
	counts.map((c, i) => ({
		json: { conferenceId: `conf-${i % LIST_CONFS}`, ids: memberIds(i, c) },
	}));
/** conf-0…conf-(n-1) with member-1; the first three also hold every member `memberLists` may name. */
const listConfs = (fake, n) => {
	confs()(fake, n);
	for (let c = 0; c < Math.min(n, LIST_CONFS); c++) {
		const members = ['member-1'];
		for (let i = c; i < n; i += LIST_CONFS) members.push(...memberIds(i, LONGEST_LIST));
		fake.addConference(`conf-${c}`, { host: ADMIN, members });
	}
};
/**
 * Invitees are a fixedCollection, whose number of entries no expression can change: LONGEST_LIST
 * entries, entry k naming the item's k-th id or, past its end, its
 * first again — the node invites each person once, so an item invites exactly its ids.
 */
const INVITEE_SLOTS = Array.from({ length: LONGEST_LIST }, (_, k) => ({
	unionId: `={{ $json.ids[${k}] ?? $json.ids[0] }}`,
	nick: `={{ "Guest " + ($json.ids[${k}] ?? $json.ids[0]) }}`,
}));
const schedules = (fake, n) => {
	for (let i = 0; i < n; i++) fake.addSchedule(`sched-${i}`, { creator: ADMIN });
};
const CONF = '={{ $json.conferenceId }}';
const SCHED = '={{ $json.scheduleConferenceId }}';

const op = (idempotent, workflow, items, prepare = () => {}, extra = {}) => ({
	idempotent,
	workflow,
	items,
	prepare,
	...extra,
});

/** For the ended-conference picker (last 30 days): two that ended yesterday. */
const endedConferences = (fake) => {
	for (const id of ['ended-a', 'ended-b']) {
		fake.addConference(id, { host: ADMIN, startTime: Date.now() - 86400_000 });
		fake.endConference(id, Date.now() - 82800_000);
	}
};

module.exports = {
	endedConferences,
	unique,
	ADMIN,
	wf,
	byIndex,
	fresh,
	conferences,
	rooms,
	groups,
	replayable,
	confs,
	LIST_CONFS,
	LONGEST_LIST,
	memberIds,
	memberItems,
	memberLists,
	listConfs,
	INVITEE_SLOTS,
	schedules,
	CONF,
	SCHED,
	op,
};
