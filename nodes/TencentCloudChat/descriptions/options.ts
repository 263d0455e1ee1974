import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** An "Update Fields" collection with nothing in it fails the item: nothing is sent to Tencent. */
export function atLeastOne(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	changes: IDataObject,
): IDataObject {
	if (Object.keys(changes).length > 0) return changes;
	throw new NodeOperationError(
		ctx.getNode(),
		`No field to change in item ${i + 1}: add at least one under "${label}"`,
		{
			itemIndex: i,
			description: 'Nothing was sent to Tencent.',
		},
	);
}
