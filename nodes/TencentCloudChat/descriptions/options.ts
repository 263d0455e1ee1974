import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { z } from 'zod';

import { check } from '../../core';

export interface OptionRule {
	label: string;
	schema: z.ZodTypeAny;
	/** Tencent's field name in the body. */
	key: string;
}

/**
 * Reads an n8n collection ("Additional Fields", "Update Fields") and checks each value present with
 * its own rule, so an error names the field ("Introduction in item 0: …") before anything is sent.
 * Returns the Tencent body fragment.
 */
export function readOptions(ctx: IExecuteFunctions, i: number, collection: string, rules: Record<string, OptionRule>, { atLeastOne = false } = {}): IDataObject {
	const raw = ctx.getNodeParameter(collection, i, {}) as IDataObject;
	const body: IDataObject = {};
	for (const [name, value] of Object.entries(raw ?? {})) {
		const rule = rules[name];
		if (!rule) continue;
		body[rule.key] = check(ctx.getNode(), i, { name: `${collection}.${name}`, label: rule.label }, rule.schema, value);
	}
	if (atLeastOne && Object.keys(body).length === 0) {
		throw new NodeOperationError(ctx.getNode(), `No field to change in item ${i}: add at least one under "${collection === 'updateFields' ? 'Update Fields' : collection}"`, {
			itemIndex: i,
			description: 'Nothing was sent to Tencent.',
		});
	}
	return body;
}
