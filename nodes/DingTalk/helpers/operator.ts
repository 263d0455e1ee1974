import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { FieldDef } from '../../core';
import { operatorUnionId } from '../descriptions/fields';
import { dingTalk } from '../transport';

type TextField = Pick<FieldDef<never>, 'name' | 'label'> & {
	read(ctx: IExecuteFunctions, i: number): string;
};

/**
 * The operator's unionId: the operation's own field, else the credential's default Operator
 * Union ID. When the API needs one and neither is set, the item fails before anything is sent.
 */
export async function readOperator(
	ctx: IExecuteFunctions,
	i: number,
	required: boolean,
	field: TextField = operatorUnionId,
): Promise<string | undefined> {
	const own = field.read(ctx, i);
	if (own) return own;
	const fallback = String((await dingTalk.credentials(ctx)).operatorUnionId ?? '').trim();
	if (fallback) return fallback;
	if (!required) return undefined;
	throw new NodeOperationError(
		ctx.getNode(),
		`${field.label} in item ${i + 1}: is required for this operation (it is empty, and the credential has no default Operator Union ID)`,
		{
			itemIndex: i,
			description: `"${field.label}" was rejected before any request was sent. Enter the unionId of the admin on whose behalf DingTalk should act, or set "Operator Union ID" in the DingTalk credential.`,
		},
	);
}
