import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import type { RunOptions } from '../../../core';
import { check, requiredText } from '../../../core';
import { dingTalkRequest } from '../../transport';

const show = { resource: ['meetingRoom'], operation: ['sendCentralControl'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Room ID',
		name: 'roomId',
		type: 'string',
		required: true,
		default: '',
		description: 'The ID of the meeting room, as the "query the list of meeting rooms" API returns it',
		displayOptions: { show },
	},
	{
		displayName: 'Operator Union ID',
		name: 'unionId',
		type: 'string',
		default: '',
		description: 'The unionId of the operator, as the "query user details" API returns it',
		displayOptions: { show },
	},
	{
		displayName: 'Control Body (JSON)',
		name: 'controlBody',
		type: 'json',
		required: true,
		default: '{\n  "version": "1.0.0",\n  "request": {\n    "requestId": "",\n    "service": "DTRooms.Meeting",\n    "method": "subscribe"\n  }\n}',
		description:
			'The central control signal, as JSON. Your DingTalk account manager provides its content. It is checked before sending and sent to DingTalk as a JSON string. A signal is never sent twice: after a timeout it is reported, not resent.',
		displayOptions: { show },
	},
];

const controlBodySchema = z.union([
	z
		.string()
		.trim()
		.min(1, 'the control body is empty')
		.superRefine((text, ctx) => {
			try {
				JSON.parse(text);
			} catch (error) {
				ctx.addIssue({ code: z.ZodIssueCode.custom, message: `is not valid JSON (${(error as Error).message})` });
			}
		}),
	z.record(z.unknown()).transform((value) => JSON.stringify(value)),
]);

export async function execute(this: IExecuteFunctions, i: number, run: RunOptions): Promise<IDataObject> {
	const node = this.getNode();
	const roomId = check(node, i, { name: 'roomId', label: 'Room ID' }, requiredText('a room ID'), this.getNodeParameter('roomId', i));
	const unionId = check(node, i, { name: 'unionId', label: 'Operator Union ID' }, z.string().trim(), this.getNodeParameter('unionId', i, ''));
	const controlBody = check(node, i, { name: 'controlBody', label: 'Control Body (JSON)' }, controlBodySchema, this.getNodeParameter('controlBody', i));

	const response = await dingTalkRequest.call(
		this,
		i,
		{
			method: 'POST',
			path: '/v1.0/rooms/central/control',
			api: 'rooms/central/control',
			body: { roomId, controlBody, ...(unionId ? { unionId } : {}) },
			// A control signal (power a screen on, start a call) must not arrive twice.
			idempotent: false,
		},
		run,
	);
	return { roomId, result: response.result ?? true };
}
