import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { userFieldProblem } from './userFields';

/** A refused collection entry: names the field, the item and the rule, before any request is sent. */
export function refuse(ctx: IExecuteFunctions, i: number, name: string, label: string, problem: string): never {
	throw new NodeOperationError(ctx.getNode(), `${label} › ${problem} (item ${i})`, {
		itemIndex: i,
		description: `"${label}" was rejected before any request was sent. Fix the value and run again.`,
	});
}

/** A collection parameter as a plain object. */
export function rawCollection(ctx: IExecuteFunctions, i: number, name: string): IDataObject {
	const raw = ctx.getNodeParameter(name, i, {});
	return raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as IDataObject) } : {};
}

/** Checks Huawei's user fields in `values` (changed in place to their parsed form). */
export function checkUserFields(ctx: IExecuteFunctions, i: number, name: string, label: string, values: IDataObject): IDataObject {
	const problem = userFieldProblem(values);
	if (problem) refuse(ctx, i, name, label, problem);
	return values;
}
