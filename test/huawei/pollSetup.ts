// What the Huawei Polling Trigger tests share: the fake with no meetings before each test, the
// trigger's workflow, and activating it through n8n-core (devkit/pollHuawei.js).
import { activatePoller } from '../../devkit/pollHuawei';
import { accountCredential, fake, useFake } from './setup';

/** The fake for this file; each test starts from an enterprise with no meetings. */
export function usePollFake() {
	useFake();
	beforeEach(() => {
		fake.meetings.clear();
		fake.history.length = 0;
	});
}

export const ONLINE = '/v1/mmc/management/conferences/online';
export const ATTENDEES = '/v1/mmc/management/conferences/online/conf-attendee';
export const HISTORY = '/v1/mmc/management/conferences/history';
export const ALL = ['meetingStarted', 'meetingEnded', 'participantJoined', 'participantLeft'];

export function triggerWorkflow(events: string[], extra: Record<string, unknown> = {}) {
	return {
		id: `wf-${Math.random().toString(36).slice(2, 8)}`,
		name: 'poll',
		nodes: [
			{
				id: 't1',
				name: 'Poll',
				type: 'n8n-nodes-meeting-admin.huaweiCloudMeetingPollTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {
					events,
					queryAll: true,
					searchKey: '',
					pollTimes: { item: [{ mode: 'everyMinute' }] },
					options: { retryDelayMs: 5, callsPerSecond: 1000 },
					...extra,
				},
				credentials: { huaweiCloudMeetingApi: { id: 'cred-1', name: 'c' } },
			},
		],
		connections: {},
	};
}

export async function start(events = ALL, extra: Record<string, unknown> = {}) {
	const { credentials } = accountCredential();
	return await activatePoller(triggerWorkflow(events, extra), { credentials });
}
export const summary = (events: any[]) =>
	events.map((e) => [e.event, e.conferenceID, e.participant?.name ?? null]);
