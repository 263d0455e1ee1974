import type { INodeProperties } from 'n8n-workflow';

import * as bookForEvent from './bookForEvent.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getSchedule from './getSchedule.operation';
import * as releaseFromEvent from './releaseFromEvent.operation';
import * as sendCentralControl from './sendCentralControl.operation';
import * as update from './update.operation';

export {
	bookForEvent,
	create,
	del as delete,
	get,
	getAll,
	getSchedule,
	releaseFromEvent,
	sendCentralControl,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['meetingRoom'] } },
		options: [
			{
				name: 'Book for Event',
				value: 'bookForEvent',
				description:
					"Add a meeting room (From List) to a DingTalk Calendar event by its Event ID; the room then shows busy for the event's time",
				action: 'Book a meeting room for a calendar event',
			},
			{
				name: 'Create',
				value: 'create',
				description:
					'Create a DingTalk Rooms meeting room; answers its new Room ID. Cannot be undone or safely repeated: each call creates another room.',
				action: 'Create a meeting room — cannot be undone or safely repeated',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete a meeting room by its Room ID (from Get Many or the From List picker). Cannot be undone.',
				action: 'Delete a meeting room — cannot be undone',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a meeting room by its Room ID (from Get Many or the From List picker)',
				action: 'Get a meeting room',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: "List the organization's meeting rooms with their Room IDs",
				action: 'Get many meeting rooms',
			},
			{
				name: 'Get Schedule',
				value: 'getSchedule',
				description:
					'Whether a meeting room (From List) is free in a period, and the calendar events that hold it (free/busy)',
				action: 'Get the schedule of a meeting room',
			},
			{
				name: 'Release From Event',
				value: 'releaseFromEvent',
				description:
					'Take a meeting room off a DingTalk Calendar event by its Event ID (e.g. after a no-show), freeing it for others. Cannot be undone: the booking is gone and someone else may take the room.',
				action: 'Release a meeting room from a calendar event — cannot be undone',
			},
			{
				name: 'Send Central Control Signal',
				value: 'sendCentralControl',
				description:
					"Send a Rooms central control signal to a meeting room's devices by its Room ID (from Get Many or the From List picker); internal apps only. The devices act at once: cannot be undone or safely repeated.",
				action: 'Send a central control signal to a meeting room — cannot be undone',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					"Change a meeting room's settings by its Room ID (from Get Many or the From List picker)",
				action: 'Update a meeting room',
			},
		],
		// Kept from the first release: saved workflows omit a default operation.
		default: 'sendCentralControl',
	},
	...create.description,
	...update.description,
	...del.description,
	...get.description,
	...getAll.description,
	...sendCentralControl.description,
	...getSchedule.description,
	...bookForEvent.description,
	...releaseFromEvent.description,
];
