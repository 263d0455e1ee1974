import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ListCall } from '../../../core';
import { defineField, idList, pathId, pathSegment } from '../../../core';
import { accountType } from '../../descriptions/fields';
import { huawei, huaweiAuthMode } from '../../transport';

/** Huawei takes 1-100 VMR IDs per call (body maxLength 100). */
export const MAX_VMR_IDS_PER_CALL = 100;

export type MemberVmrOperation = 'assignToMember' | 'reclaimFromMember';

const PATHS: Record<MemberVmrOperation, string> = {
	assignToMember: 'assign-to-member',
	reclaimFromMember: 'recycle-from-member',
};

const account = defineField(
	{
		displayName: 'Account',
		name: 'account',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'example@123',
		description: 'The member. With account and password authentication this is a Huawei Cloud Meeting account; with App ID authentication it is a third-party user ID.',
	},
	pathId('an account', 128),
);


const vmrIds = defineField(
	{
		displayName: 'VMR IDs',
		name: 'vmrIds',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		placeholder: 'ff8080816b9ec3ab016ba125aca20082',
		description: `The unique IDs of the cloud meeting rooms (the unique ID field Get Many returns, not the numeric VMR ID), separated by commas or new lines, or an expression returning an array. Huawei takes at most ${MAX_VMR_IDS_PER_CALL} per call; longer lists are sent in several calls.`,
	},
	idList({ noun: 'VMR ID', maxIdLength: 64, maxTotal: 10000 }),
);

/** Assign and reclaim take the same parameters: an account and a list of VMR IDs. */
export function memberVmrProperties(operation: MemberVmrOperation): INodeProperties[] {
	const verb = operation === 'assignToMember' ? 'assign the rooms to' : 'reclaim the rooms from';
	return updateDisplayOptions({ show: { resource: ['cloudMeetingRoom'], operation: [operation] } }, [
		{ ...account.property, description: `The member to ${verb}. ${account.property.description?.replace(/^The member\. /, '')}` },
		{ ...accountType.property, description: "What kind of identifier Account is (Huawei's accountType)" },
		vmrIds.property,
	]);
}

/**
 * What one item asks for: its VMRs assigned to (or reclaimed from) one member, 100 per call.
 * Items for the same member and account type share calls (the target); nothing is sent here.
 */
export async function planMemberVmrs(this: IExecuteFunctions, i: number, operation: MemberVmrOperation): Promise<ListCall> {
	const member = account.read(this, i);
	const ids = vmrIds.read(this, i);
	const chosen = accountType.read(this, i);
	const type = chosen === 'auto' ? ((await huaweiAuthMode.call(this)) === 'appId' ? 1 : 0) : chosen;
	const counted = operation === 'assignToMember' ? 'assigned' : 'reclaimed';
	return huawei.listCall(this, i, {
		target: [member, type],
		ids,
		limit: MAX_VMR_IDS_PER_CALL,
		call: (part) => ({
			path: `/v1/usg/dcs/corp/vmr/${PATHS[operation]}/${pathSegment(member)}`,
			api: PATHS[operation],
			qs: { accountType: type },
			body: part,
			// Assigning or reclaiming the same rooms twice leaves the same state.
			idempotent: true,
			context: { account: member },
		}),
		output: (calls, answers) => ({ success: true, account: member, accountType: type, [counted]: ids.length, calls, vmrIds: ids, requestIds: answers.map((a) => a.requestId) }),
	});
}
