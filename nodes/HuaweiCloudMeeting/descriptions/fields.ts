import type { IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, idList, pathId, requiredText, withProperty } from '../../core';
import { defaultAccountType } from '../transport';

/** Huawei's batch APIs (DeleteCorpVmr, BatchDeleteUsers) take 1-100 entries per call. */
export const MAX_PER_CALL = 100;

/** A user as a resource locator: pick from the enterprise's users, or type the account. */
export const userAccount = defineField(
	{
		displayName: 'User',
		name: 'account',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description:
			'The user. With Account & Password credentials this is the Huawei Cloud Meeting account; with App ID credentials it is the third-party user ID.',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchUsers', searchable: true },
			},
			{ displayName: 'By Account', name: 'id', type: 'string', placeholder: 'alice@example' },
		],
	},
	pathId('an account', 128),
);

/** The member rooms are assigned to or reclaimed from: picked from the users, or typed (a device's account, say). */
export const memberAccount = withProperty(userAccount, {
	displayName: 'Account',
	description:
		'The member. With Account & Password credentials this is a Huawei Cloud Meeting account; with App ID credentials it is a third-party user ID. A device is given By Account.',
});

/** Huawei's accountType: what kind of identifier the account is. */
export const accountType = defineField(
	{
		displayName: 'Account Type',
		name: 'accountType',
		type: 'options',
		options: [
			{
				name: 'Follow the Credential',
				value: 'auto',
				description:
					'Huawei Cloud Meeting account for Account & Password credentials, third-party user ID for App ID credentials',
			},
			{
				name: 'Huawei Cloud Meeting Account (0)',
				value: 0,
				description: 'Used with account and password authentication',
			},
			{ name: 'Third-Party User ID (1)', value: 1, description: 'Used with App ID authentication' },
		],
		default: 'auto',
		description: "What kind of identifier the account is (Huawei's accountType)",
	},
	z.union(
		[
			z.literal('auto'),
			z.literal(0),
			z.literal(1),
			z.literal('0').transform(() => 0 as const),
			z.literal('1').transform(() => 1 as const),
		],
		{
			errorMap: () => ({
				message: 'must be 0 (Huawei Cloud Meeting account), 1 (third-party user ID) or "auto"',
			}),
		},
	),
);

/** The account type to send: the field's, or the credential's default. */
export async function readAccountType(ctx: IExecuteFunctions, i: number): Promise<0 | 1> {
	const chosen = accountType.read(ctx, i);
	return chosen === 'auto' ? await defaultAccountType.call(ctx) : chosen;
}

/** Several accounts (disable, enable, delete users). */
export const accountList = defineField(
	{
		displayName: 'Accounts',
		name: 'accounts',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'alice@example, bob@example',
		description: `Accounts (or third-party user IDs with App ID credentials), separated by commas or new lines, or an expression returning an array. Huawei takes at most ${MAX_PER_CALL} per call; longer lists are sent in several calls.`,
	},
	idList({ noun: 'account', maxIdLength: 128, maxTotal: 10000 }),
);

/** A meeting as a resource locator: pick from the meetings that have not ended, or type its ID. */
export const meetingId = defineField(
	{
		displayName: 'Meeting',
		name: 'conferenceId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: "The meeting's conferenceID (not the VMR conference ID)",
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchMeetings', searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: '914083136' },
		],
	},
	pathId('a meeting ID', 64),
);

/** The chair (host) password: what Huawei's conference token is issued for. */
export const chairPassword = defineField(
	{
		displayName: 'Chair Password',
		name: 'chairPassword',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description:
			'The host password of the meeting (passwordEntry with conferenceRole "chair" in Create or Get). It never appears in outputs, errors or logs.',
	},
	requiredText('the chair password').pipe(z.string().max(64, 'is longer than 64 characters')),
);

export const vmrIdList = idList({ noun: 'VMR ID', maxIdLength: 64, maxTotal: 10000 });

/** A meeting in progress as a resource locator: pick from SearchOnlineMeetings, or type its ID. */
export const ongoingMeetingId = defineField(
	{
		displayName: 'Meeting',
		name: 'conferenceId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description:
			'The conferenceID of a meeting in progress (from Get Many Ongoing or the list; not the VMR conference ID)',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchOngoingMeetings', searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: '914083136' },
		],
	},
	pathId('a meeting ID', 64),
);

/** One ended session of a meeting (a meeting held twice has two): its confUUID. */
export const endedMeetingUuid = defineField(
	{
		displayName: 'Ended Meeting',
		name: 'confUUID',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description:
			'The confUUID of an ended meeting, from Get Many Ended or the list (meetings ended in the last 30 days). A meeting held more than once has one confUUID per session.',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchEndedMeetings', searchable: true },
			},
			{ displayName: 'By UUID', name: 'id', type: 'string', placeholder: '0307e04a1b2c…' },
		],
	},
	pathId('a meeting UUID', 128),
);

/** Free-text filters of Huawei's listings (searchKey / search_key: 1..128 characters). */
export const listSearchKey = (description: string) =>
	defineField(
		{ displayName: 'Search Key', name: 'searchKey', type: 'string', default: '', description },
		z
			.string({ invalid_type_error: 'must be text' })
			.trim()
			.max(128, 'is longer than 128 characters'),
	);

/** SearchOnlineMeetings / SearchHisMeetings: every user's meetings (administrators) or only the account's. */
export const queryAll = defineField(
	{
		displayName: "All Users' Meetings",
		name: 'queryAll',
		type: 'boolean',
		default: true,
		description:
			"Whether to list every user's meetings (enterprise administrators) rather than only the signed-in account's",
	},
	z.boolean({ invalid_type_error: 'must be true or false' }),
);
