import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { CallContext } from '../../../core';
import { defineField, maxBytes, requiredText } from '../../../core';
import { tencent } from '../../transport';

/** get_cloud_audit_keywords and get_cloud_audit_keywords_ids: Limit ≤ 100. */
export const AUDIT_PAGE = 100;
/** delete_cloud_audit_keywords: Keywords ≤ 10 per call. */
export const AUDIT_DELETE_LIMIT = 10;
/**
 * add_cloud_audit_keywords: UNCONFIRMED. Tencent names a per-call maximum (ErrorCode 2016) without
 * giving it; the node sends 10 words per call, as for delete, so a lower limit fails loudly with 2016.
 */
export const AUDIT_ADD_LIMIT = 10;
/** Regions whose data center serves im_msg_audit_mgr (Tencent: "currently supported only in Singapore"). */
const MODERATION_REGIONS = ['singapore', 'custom'];

/**
 * The SdkAppId every im_msg_audit_mgr body carries. Tencent serves these commands from Singapore
 * only: with another Region the item fails here, before anything is sent.
 */
export async function moderationApp(ctx: CallContext, i: number): Promise<IDataObject> {
	const creds = await tencent.credentials(ctx);
	if (!MODERATION_REGIONS.includes(String(creds.region)))
		throw new NodeOperationError(
			ctx.getNode(),
			`Blocked words need a Singapore app: the credential's Region is "${String(creds.region)}" (item ${i + 1})`,
			{
				itemIndex: i,
				description:
					'Tencent serves the content moderation commands (im_msg_audit_mgr) only in the Singapore data center. Nothing was sent.',
			},
		);
	return { SdkAppId: Number(creds.sdkAppId) };
}

export const libraryId = defineField(
	{
		displayName: 'Library',
		name: 'libraryId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The blocked word library (LibID), from Blocked Word Library → Get Many',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a library…',
				typeOptions: { searchListMethod: 'searchBlockedWordLibraries', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '1cd0d0ed-0e2c-4d35-ae86-2a1a8697706d',
			},
		],
	} as INodeProperties,
	requiredText('a library ID').pipe(maxBytes(128)),
);

/** A whole number Tencent must have put in the answer (TotalCount): anything else fails loudly. */
export function countIn(ctx: CallContext, i: number, body: IDataObject, key: string): number {
	const value = body[key];
	if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
	throw tencent.fail(ctx, i, {
		code: 'MALFORMED_ANSWER',
		message: `The answer has no whole number ${key}`,
		advice:
			"Tencent's answer is not the documented one (docs/tencent.md marks these shapes); report it with the request id.",
	});
}
