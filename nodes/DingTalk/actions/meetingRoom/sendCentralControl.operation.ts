import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField } from '../../../core';
import { operatorUnionId, roomId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { dingTalkApiRequest } from '../../transport';

const isObject = (value: unknown) =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** DingTalk takes the signal as a JSON string, and only a JSON object is a signal. */
const controlBody = defineField(
	{
		displayName: 'Control Body (JSON)',
		name: 'controlBody',
		type: 'json',
		required: true,
		default:
			'{\n  "version": "1.0.0",\n  "request": {\n    "requestId": "",\n    "service": "DTRooms.Meeting",\n    "method": "subscribe"\n  }\n}',
		description:
			'The central control signal, as a JSON object. Your DingTalk account manager provides its content. It is checked before sending and sent to DingTalk as a JSON string. A signal is never sent twice: after a timeout it is reported, not resent.',
	},
	z.union([
		z
			.string({ invalid_type_error: 'must be a JSON object' })
			.trim()
			.min(1, 'the control body is empty')
			.transform((text, ctx) => {
				try {
					const parsed: unknown = JSON.parse(text);
					if (isObject(parsed)) return JSON.stringify(parsed);
					ctx.addIssue({
						code: z.ZodIssueCode.custom,
						message: 'must be a JSON object ({ … }), not an array or a single value',
					});
				} catch (error) {
					ctx.addIssue({
						code: z.ZodIssueCode.custom,
						message: `is not valid JSON (${(error as Error).message})`,
					});
				}
				return z.NEVER;
			}),
		z.record(z.unknown()).transform((value) => JSON.stringify(value)),
	]),
);

const properties: INodeProperties[] = [
	roomId.property,
	operatorUnionId.property,
	controlBody.property,
];

const displayOptions = { show: { resource: ['meetingRoom'], operation: ['sendCentralControl'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const room = roomId.read(this, i);
	const unionId = await readOperator(this, i, false);
	const signal = controlBody.read(this, i);
	const response = await dingTalkApiRequest.call(this, i, {
		path: '/v1.0/rooms/central/control',
		api: 'SendCentralControl',
		body: { roomId: room, controlBody: signal, ...(unionId ? { unionId } : {}) },
		// A control signal (power a screen on, start a call) must not arrive twice.
		idempotent: false,
		context: { roomId: room },
	});
	return { roomId: room, result: response.result ?? true };
}
