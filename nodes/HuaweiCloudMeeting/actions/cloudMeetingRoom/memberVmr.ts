import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ListCall } from '../../../core';
import { defineField, idList, pathSegment } from '../../../core';
import { accountType, memberAccount } from '../../descriptions/fields';
import { huawei, huaweiAuthMode } from '../../transport';

/** Huawei takes 1-100 VMR IDs per call (body maxLength 100). */
export const MAX_VMR_IDS_PER_CALL = 100;

export type MemberVmrOperation = 'assignToMember' | 'reclaimFromMember';

const PATHS: Record<MemberVmrOperation, string> = {
	assignToMember: 'assign-to-member',
	reclaimFromMember: 'recycle-from-member',
};

/** Where each operation's rooms come from: the member's own (Reclaim), or those no member holds (Assign). */
const ROOM_LISTS: Record<
	MemberVmrOperation,
	{ method: string; dependsOn: string[]; which: string }
> = {
	reclaimFromMember: {
		method: 'getMemberRooms',
		dependsOn: [`${memberAccount.name}.value`, accountType.name],
		which: "Choose from the member's rooms",
	},
	assignToMember: {
		method: 'getUnassignedRooms',
		dependsOn: [],
		which: "Choose from the enterprise's unassigned rooms",
	},
};

const vmrIds = defineField(
	{
		displayName: 'VMR IDs',
		name: 'vmrIds',
		type: 'multiOptions',
		required: true,
		default: [],
		description: `The cloud meeting rooms: their unique ID (the ID field Get Many returns, not the numeric VMR ID). Huawei takes at most ${MAX_VMR_IDS_PER_CALL} per call; longer lists are sent in several calls.`,
	},
	idList({ noun: 'VMR ID', maxIdLength: 64, maxTotal: 10000 }),
);

/** Assign and reclaim take the same parameters: an account and a list of VMR IDs. */
export function memberVmrProperties(operation: MemberVmrOperation): INodeProperties[] {
	const verb = operation === 'assignToMember' ? 'assign the rooms to' : 'reclaim the rooms from';
	const rooms = ROOM_LISTS[operation];
	return updateDisplayOptions(
		{ show: { resource: ['cloudMeetingRoom'], operation: [operation] } },
		[
			{
				...memberAccount.property,
				description: `The member to ${verb}. ${memberAccount.property.description?.replace(/^The member\. /, '')}`,
			},
			{
				...accountType.property,
				description: "What kind of identifier Account is (Huawei's accountType)",
			},
			{
				...vmrIds.property,
				typeOptions: {
					loadOptionsMethod: rooms.method,
					...(rooms.dependsOn.length ? { loadOptionsDependsOn: rooms.dependsOn } : {}),
				},
				description: `${vmrIds.property.description} ${rooms.which}, or give IDs (a list, or text separated by commas or new lines) using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
			},
		],
	);
}

/**
 * What one item asks for: its VMRs assigned to (or reclaimed from) one member, 100 per call.
 * Items for the same member and account type share calls (the target); nothing is sent here.
 */
export async function planMemberVmrs(
	this: IExecuteFunctions,
	i: number,
	operation: MemberVmrOperation,
): Promise<ListCall> {
	const member = memberAccount.read(this, i);
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
		output: (calls, answers) => ({
			success: true,
			account: member,
			accountType: type,
			[counted]: ids.length,
			calls,
			vmrIds: ids,
			requestIds: answers.map((a) => a.requestId),
		}),
	});
}
