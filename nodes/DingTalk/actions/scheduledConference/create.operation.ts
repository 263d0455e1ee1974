import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineCollection, defineField } from '../../../core';
import { readOperator } from '../../helpers/operator';
import { dingTalkApiRequest } from '../../transport';
import { creatorProperty, endTime, readPeriod, startTime, title } from './fields';

const bool01 = z
	.boolean({ invalid_type_error: 'must be true or false' })
	.transform((b) => (b ? 1 : 0));

/** DingTalk's scheduleConfSettingModel, each setting under its key there. */
const settings = defineCollection(
	{ displayName: 'Settings', name: 'settings', placeholder: 'Add Setting' },
	{
		hostUnionId: defineField(
			{
				displayName: 'Host Union ID',
				name: 'hostUnionId',
				type: 'string',
				default: '',
				description: 'The host, if not the creator',
			},
			z
				.string({ invalid_type_error: 'must be text' })
				.trim()
				.max(256, 'is longer than 256 characters'),
		),
		lockRoom: defineField(
			{
				displayName: 'Lock on Start',
				name: 'lockRoom',
				type: 'boolean',
				default: false,
				description: "Whether the conference is locked (DingTalk's lockRoom)",
			},
			bool01,
		),
		muteOnJoin: defineField(
			{
				displayName: 'Mute on Join',
				name: 'muteOnJoin',
				type: 'options',
				options: [
					{ name: 'On', value: -1 },
					{ name: 'Off', value: 0 },
					{ name: 'Automatic Above 6 Attendees', value: 6 },
				],
				default: 0,
			},
			z.union([z.literal(-1), z.literal(0), z.literal(6)], {
				errorMap: () => ({ message: 'must be -1, 0 or 6' }),
			}),
		),
		screenShareForbidden: defineField(
			{
				displayName: 'No Screen Sharing',
				name: 'screenShareForbidden',
				type: 'boolean',
				default: false,
				description: 'Whether attendees may not share their screen',
			},
			bool01,
		),
	},
	{ emptyIsUnset: true },
);

export const description = updateDisplayOptions(
	{ show: { resource: ['scheduledConference'], operation: ['create'] } },
	[title.property, startTime.property, endTime.property, creatorProperty, settings.property],
);

/** CreateScheduleConference: POST /v1.0/conference/scheduleConferences (times as ms epoch). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const name = title.read(this, i);
	const period = readPeriod(this, i);
	const model = settings.read(this, i);
	const creatorUnionId = await readOperator(this, i, true);
	const response = await dingTalkApiRequest.call(this, i, {
		path: '/v1.0/conference/scheduleConferences',
		api: 'CreateScheduleConference',
		body: {
			creatorUnionId,
			title: name,
			...period,
			...(Object.keys(model).length ? { scheduleConfSettingModel: model } : {}),
		},
		idempotent: false,
		context: { title: name },
	});
	return {
		...response,
		title: name,
		startTime: new Date(period.startTime).toISOString(),
		endTime: new Date(period.endTime).toISOString(),
	};
}
