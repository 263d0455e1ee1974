import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * The canvas subtitle in display names ("Lock: Video Conference", not "lock: videoConference"),
 * built from the node's own Resource and Operation options so it never falls behind them.
 */
export function subtitleFor(properties: INodeProperties[]): string {
	const names = { operation: {} as Record<string, string>, resource: {} as Record<string, string> };
	for (const p of properties) {
		if (p.type !== 'options' || (p.name !== 'operation' && p.name !== 'resource')) continue;
		for (const o of (p.options ?? []) as INodePropertyOptions[])
			names[p.name][String(o.value)] = o.name;
	}
	const pick = (name: 'operation' | 'resource') =>
		`(${JSON.stringify(names[name])}[$parameter["${name}"]] || $parameter["${name}"])`;
	return `={{ ${pick('operation')} + ": " + ${pick('resource')} }}`;
}
