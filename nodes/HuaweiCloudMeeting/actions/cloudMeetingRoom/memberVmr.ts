import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import type { RunOptions } from '../../../core';
import { check, chunk, idList, requiredText } from '../../../core';
import { huaweiAuthMode, huaweiRequest } from '../../transport';

/** Huawei takes 1-100 VMR IDs per call (body maxLength 100). */
export const MAX_VMR_IDS_PER_CALL = 100;

export type MemberVmrOperation = 'assignToMember' | 'reclaimFromMember';

const PATHS: Record<MemberVmrOperation, string> = {
	assignToMember: 'assign-to-member',
	reclaimFromMember: 'recycle-from-member',
};

/** Assign and reclaim take the same parameters: an account and a list of VMR IDs. */
export function memberVmrProperties(operation: MemberVmrOperation): INodeProperties[] {
	const show = { resource: ['cloudMeetingRoom'], operation: [operation] };
	const verb = operation === 'assignToMember' ? 'assign to' : 'reclaim from';
	return [
		{
			displayName: 'Account',
			name: 'account',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'example@123',
			description: `The member to ${verb}. With account and password authentication this is a Huawei Cloud Meeting account; with App ID authentication it is a third-party user ID.`,
			displayOptions: { show },
		},
		{
			displayName: 'Account Type',
			name: 'accountType',
			type: 'options',
			options: [
				{ name: 'Follow the Credential', value: 'auto', description: 'Huawei Cloud Meeting account for Account & Password credentials, third-party user ID for App ID credentials' },
				{ name: 'Huawei Cloud Meeting Account (0)', value: 0, description: 'Used with account and password authentication' },
				{ name: 'Third-Party User ID (1)', value: 1, description: 'Used with App ID authentication' },
			],
			default: 'auto',
			description: 'What kind of identifier Account is (Huawei\'s accountType)',
			displayOptions: { show },
		},
		{
			displayName: 'VMR IDs',
			name: 'vmrIds',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			placeholder: 'ff8080816b9ec3ab016ba125aca20082',
			description: `The unique IDs of the cloud meeting rooms to ${verb} the member (the unique ID field Get Many returns, not the numeric VMR ID), separated by commas or new lines, or an expression returning an array. Huawei takes at most 100 per call; longer lists are sent in several calls.`,
			displayOptions: { show },
		},
	];
}

// Characters that would change which URL the account path segment points at, even encoded
// (".." is left as is by encoding and some gateways resolve it).
const accountSchema = requiredText('an account')
	.pipe(z.string().max(128, 'is longer than 128 characters'))
	.refine((s) => !/[/\\?#]/.test(s) && !s.includes('..'), 'must not contain "/", "\\", "..", "?" or "#"');

const accountTypeSchema = z.union(
	[z.literal('auto'), z.literal(0), z.literal(1), z.literal('0').transform(() => 0 as const), z.literal('1').transform(() => 1 as const)],
	{ errorMap: () => ({ message: 'must be 0 (Huawei Cloud Meeting account), 1 (third-party user ID) or "auto"' }) },
);

/** Assigns VMRs to a member or reclaims them, 100 per call. */
export async function changeMemberVmrs(
	this: IExecuteFunctions,
	i: number,
	run: RunOptions,
	operation: MemberVmrOperation,
): Promise<IDataObject> {
	const node = this.getNode();
	const account = check(node, i, { name: 'account', label: 'Account' }, accountSchema, this.getNodeParameter('account', i));
	const vmrIds = check(
		node,
		i,
		{ name: 'vmrIds', label: 'VMR IDs' },
		idList({ noun: 'VMR ID', maxIdLength: 64, maxTotal: 10000 }),
		this.getNodeParameter('vmrIds', i),
	);
	const chosen = check(node, i, { name: 'accountType', label: 'Account Type' }, accountTypeSchema, this.getNodeParameter('accountType', i, 'auto'));
	const accountType = chosen === 'auto' ? ((await huaweiAuthMode.call(this)) === 'appId' ? 1 : 0) : chosen;

	const chunks = chunk(vmrIds, MAX_VMR_IDS_PER_CALL);
	const requestIds: string[] = [];
	let applied = 0;
	for (const [index, part] of chunks.entries()) {
		const { requestId } = await huaweiRequest.call(
			this,
			i,
			{
				method: 'POST',
				path: `/v1/usg/dcs/corp/vmr/${PATHS[operation]}/${encodeURIComponent(account)}`,
				api: PATHS[operation],
				qs: { accountType },
				body: part,
				// Assigning or reclaiming the same rooms twice leaves the same state.
				idempotent: true,
				context: {
					failedCall: index + 1,
					calls: chunks.length,
					appliedVmrIds: vmrIds.slice(0, applied),
					notAppliedVmrIds: vmrIds.slice(applied),
					...(requestIds.length ? { earlierRequestIds: [...requestIds] } : {}),
				},
			},
			run,
		);
		requestIds.push(requestId);
		applied += part.length;
	}
	const counted = operation === 'assignToMember' ? 'assigned' : 'reclaimed';
	return { success: true, account, accountType, [counted]: vmrIds.length, calls: chunks.length, vmrIds, requestIds };
}
