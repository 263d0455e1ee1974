import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { exclusivePoll } from '../core';
import { credentialTest } from '../DingTalk/methods/credentialTest';
import type { ConferenceEvent } from './events';
import { CONFERENCE_EVENTS, PARTICIPANT_EVENTS, eventItem, eventTime } from './events';
import { conferenceMembers, endedConference, forEach, ongoingConferences } from './observe';
import type { PollState } from './state';
import { diff, emptyState, goneFromList, readState, toWatch } from './state';

export class DingTalkConferenceTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'DingTalk Conference Polling Trigger',
		name: 'dingTalkConferenceTrigger',
		icon: { light: 'file:dingtalk.svg', dark: 'file:dingtalk.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			"Starts the workflow when a conference of the organization starts or ends, or someone joins or leaves, by polling DingTalk's lists",
		defaults: { name: 'DingTalk Conference Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'dingTalkApi', required: true, testedBy: 'dingTalkApiTest' }],
		properties: [
			{
				displayName:
					"Sees every conference of the organization, including those started in the DingTalk client (DingTalk pushes conference events only for conferences this app created through the API). The first poll after activation only records what is going on; events follow from the next poll. The app needs DingTalk's VideoConference.Conference.Read permission.",
				name: 'pollingNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['meetingStarted', 'meetingEnded'],
				options: CONFERENCE_EVENTS,
			},
		],
	};

	// The credential's test (n8n asks every node that lists the credential).
	methods = { credentialTest };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const events = this.getNodeParameter('events', []) as ConferenceEvent[];
		if (events.length === 0)
			throw new NodeOperationError(this.getNode(), 'Choose at least one event');
		const staticData = this.getWorkflowStaticData('node');
		if (this.getMode() === 'manual')
			return [
				this.helpers.returnJsonArray([
					await testEvent(
						Object.create(this) as IPollFunctions,
						events,
						readState(staticData.state),
					),
				]),
			];

		return await exclusivePoll(this, 'DingTalk Conference Trigger', async (fresh) => {
			const prev = readState(staticData.state);
			const { events: all, next } = await observeAndDiff(
				fresh,
				prev ?? emptyState(),
				events.some((e) => PARTICIPANT_EVENTS.includes(e)),
			);
			// Saved only now, after every call succeeded: a failed poll keeps the last good memory.
			staticData.state = next as unknown as IDataObject;
			// The first poll records what is going on and emits nothing (no flood on activation).
			const wanted = prev ? all.filter((e) => events.includes(e.event as ConferenceEvent)) : [];
			return wanted.length ? [this.helpers.returnJsonArray(wanted)] : null;
		});
	}
}

/** One poll's calls: the ongoing list, members where watched, and what became of conferences that left the list. */
async function observeAndDiff(ctx: IPollFunctions, prev: PollState, watchMembers: boolean) {
	const now = Date.now();
	const ongoing = await ongoingConferences(ctx);
	const members = watchMembers
		? await forEach(toWatch(prev, ongoing), async (id) => await conferenceMembers(ctx, id))
		: undefined;
	const confirmed = await forEach(
		goneFromList(prev, ongoing),
		async (id) => await endedConference(ctx, id),
	);
	const ended = new Map(
		[...confirmed].filter((entry): entry is [string, IDataObject] => entry[1] !== undefined),
	);
	return diff(prev, { now, ongoing, members, ended });
}

/**
 * n8n's "Fetch Test Event" (manual mode): the latest real event of the chosen kinds — the latest
 * this trigger emitted while active, or the conference that started last (and its latest joiner)
 * in DingTalk now. Reads the memory, never writes it, so the active workflow's polls are unaffected.
 */
async function testEvent(
	ctx: IPollFunctions,
	events: ConferenceEvent[],
	state: PollState | undefined,
): Promise<IDataObject> {
	const now = Date.now();
	const candidates: IDataObject[] = events
		.map((e) => state?.latest[e])
		.filter((e): e is IDataObject => e !== undefined);
	const ongoing = [...(await ongoingConferences(ctx)).values()];
	const newest = ongoing.sort(
		(a, b) =>
			eventTime('meetingStarted', b, undefined, now) -
			eventTime('meetingStarted', a, undefined, now),
	)[0];
	if (newest && events.includes('meetingStarted'))
		candidates.push(eventItem('meetingStarted', newest, undefined, now));
	if (newest && events.includes('participantJoined')) {
		const members = await conferenceMembers(ctx, String(newest.conferenceId));
		const last = Object.entries(members.inMeeting).sort((a, b) => b[1] - a[1])[0];
		if (last)
			candidates.push(eventItem('participantJoined', newest, members.all.get(last[0]), now));
	}
	const latest = candidates.sort(
		(a, b) => Date.parse(String(b.time)) - Date.parse(String(a.time)),
	)[0];
	if (!latest) {
		throw new NodeOperationError(ctx.getNode(), 'No DingTalk conference event yet', {
			description:
				'No conference of the organization is going on now, and this trigger has emitted no event of the chosen kinds while active. Start a meeting in DingTalk (or wait for one) and fetch again.',
		});
	}
	return JSON.parse(JSON.stringify(latest)) as IDataObject;
}
