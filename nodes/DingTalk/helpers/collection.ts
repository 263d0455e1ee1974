import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { z } from 'zod';

import { check } from '../../core';

export type Rules = Record<string, { label: string; schema: z.ZodTypeAny }>;

/**
 * Reads an n8n collection ("Additional Fields") and checks each set entry with its own rule, so an
 * error names the entry ("Additional Fields › Capacity in item 0: …"), before anything is sent.
 */
export function readCollection(ctx: IExecuteFunctions, i: number, name: string, label: string, rules: Rules): IDataObject {
	const raw = (ctx.getNodeParameter(name, i, {}) ?? {}) as IDataObject;
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(raw)) {
		const rule = rules[key];
		if (!rule || value === '' || value === undefined || value === null) continue;
		out[key] = check(ctx.getNode(), i, { name: `${name}.${key}`, label: `${label} › ${rule.label}` }, rule.schema, value);
	}
	return out;
}
