import type { INodeProperties, IWebhookFunctions } from 'n8n-workflow';

/** The replay-window option every trigger offers, with a vendor-specific default and reason. */
export function replayWindowProperty(defaultSeconds: number, why: string): INodeProperties {
	return {
		displayName: 'Replay Window (Seconds)',
		name: 'replayWindow',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: defaultSeconds,
		description: `Refuse deliveries whose timestamp is further than this from n8n's clock. 0 turns the check off. ${why}`,
	};
}

/** Identifies one trigger node of one workflow, for its de-duplication memory. */
export function dedupeKey(ctx: IWebhookFunctions): string {
	return `${ctx.getWorkflow().id ?? ''}:${ctx.getNode().id ?? ctx.getNode().name}`;
}
