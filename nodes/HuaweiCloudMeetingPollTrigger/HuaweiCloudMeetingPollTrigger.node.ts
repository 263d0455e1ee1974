import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { exclusivePoll, runOptionsProperty } from '../core';
import { credentialTest } from '../HuaweiCloudMeeting/methods/credentialTest';
import { huawei } from '../HuaweiCloudMeeting/transport';
import { EVENT_NAMES, toItem } from './items';
import { latestEvent } from './manual';
import type { Filters } from './snapshot';
import { readHistory, readSnapshot } from './snapshot';
import type { PollEvent, PollState } from './state';
import { diff, earliestStart, vanished } from './state';

const EVENTS = Object.keys(EVENT_NAMES) as PollEvent[];
/** The history query starts this much before the earliest vanished start (Huawei's start times are whole minutes). */
const HISTORY_SLACK_MS = 60 * 1000;
/** Without a start time to go by, the history query looks back this far. */
const HISTORY_FALLBACK_MS = 24 * 60 * 60 * 1000;

const retryOptions = runOptionsProperty(huawei.spec);
retryOptions.options = (retryOptions.options ?? []).filter((o) =>
	['callsPerSecond', 'maxRetries', 'retryDelayMs', 'timeoutMs'].includes(o.name),
);

export class HuaweiCloudMeetingPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei Cloud Meeting Polling Trigger',
		name: 'huaweiCloudMeetingPollTrigger',
		icon: { light: 'file:huaweiCloudMeeting.svg', dark: 'file:huaweiCloudMeeting.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			"Starts the workflow when a Huawei Cloud Meeting starts or ends, or someone joins or leaves, by polling Huawei's meeting lists (every edition; no public URL)",
		defaults: { name: 'Huawei Cloud Meeting Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'huaweiCloudMeetingApi', required: true, testedBy: 'huaweiCloudMeetingApiTest' },
		],
		properties: [
			{
				displayName:
					"Compares Huawei's list of meetings in progress between polls: works on every edition, needs an administrator credential, and sees events up to one poll interval late. The first poll only records what is running. Participant events read each meeting's participants every poll (one call per meeting).",
				name: 'pollNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['meetingStarted', 'meetingEnded'],
				options: [
					{
						name: 'Meeting Started',
						value: 'meetingStarted',
						description: 'A meeting appeared in the list of meetings in progress',
					},
					{
						name: 'Meeting Ended',
						value: 'meetingEnded',
						description:
							"A meeting left the list (confirmed by Huawei's history, or absent two polls running)",
					},
					{
						name: 'Participant Joined',
						value: 'participantJoined',
						description: 'Someone appeared in the online participants of a meeting in progress',
					},
					{
						name: 'Participant Left',
						value: 'participantLeft',
						description: "Someone left a meeting's online participants, or the meeting ended",
					},
				],
			},
			{
				displayName: "All Users' Meetings",
				name: 'queryAll',
				type: 'boolean',
				default: true,
				description:
					"Whether to watch every user's meetings (enterprise administrators) rather than only the signed-in account's",
			},
			{
				displayName: 'Search Key',
				name: 'searchKey',
				type: 'string',
				default: '',
				description:
					"Only meetings whose subject, booker or ID matches this text (Huawei's search). Narrows what each poll reads.",
			},
			retryOptions,
		],
	};

	methods = { credentialTest };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const selected = (this.getNodeParameter('events', []) as string[]).filter((e): e is PollEvent =>
			(EVENTS as string[]).includes(e),
		);
		if (!selected.length)
			throw new NodeOperationError(this.getNode(), 'Events: pick at least one event');
		const searchKey = String(this.getNodeParameter('searchKey', '') ?? '').trim();
		if (searchKey.length > 128)
			throw new NodeOperationError(this.getNode(), 'Search Key: is longer than 128 characters');
		const filters: Filters = {
			queryAll: this.getNodeParameter('queryAll', true) !== false,
			...(searchKey ? { searchKey } : {}),
		};
		if (this.getMode() === 'manual') return await latestEvent(this, selected, filters);

		return await exclusivePoll(
			this,
			'Huawei Cloud Meeting Polling Trigger',
			async (fresh) => await pollOnce(fresh, selected, filters),
		);
	}
}

/**
 * One poll: read, compare with the remembered state, and only when every read succeeded replace
 * the state and return the events. A poll that throws leaves the state as the last good poll left it.
 */
async function pollOnce(
	ctx: IPollFunctions,
	selected: PollEvent[],
	filters: Filters,
): Promise<INodeExecutionData[][] | null> {
	const data = ctx.getWorkflowStaticData('node') as IDataObject;
	// Other filters watch other meetings: a changed scope starts over (records, emits nothing).
	const scope = JSON.stringify([filters.queryAll, filters.searchKey ?? '']);
	const previous =
		data.v === 1 && data.scope === scope ? (data as unknown as PollState) : undefined;
	const track = selected.includes('participantJoined') || selected.includes('participantLeft');
	const snapshot = await readSnapshot(ctx, filters, track);
	const now = Date.now();
	let history: IDataObject[] = [];
	const gone = previous ? vanished(previous, snapshot) : [];
	if (gone.length) {
		const from = earliestStart(gone.map(([, s]) => s));
		history = await readHistory(
			ctx,
			filters,
			from !== undefined ? from - HISTORY_SLACK_MS : now - HISTORY_FALLBACK_MS,
			now,
		);
	}
	const { events, state } = diff(
		previous ? { v: 1, sessions: previous.sessions, ended: previous.ended } : undefined,
		snapshot,
		history,
		track,
		now,
	);
	Object.assign(data, { v: state.v, scope, sessions: state.sessions, ended: state.ended });
	const items = events.filter((e) => selected.includes(e.event)).map((e) => toItem(e, now));
	return items.length ? [ctx.helpers.returnJsonArray(items)] : null;
}
