import { createHash } from 'node:crypto';
import type { IExecuteFunctions } from 'n8n-workflow';

/** Fingerprints kept; old ones fall out first. */
const MAX_KEPT = 10000;
const sent = new Map<string, number>();

/**
 * Remembers non-idempotent calls per execution, node, item and request, so that n8n's own
 * "Retry On Fail", which runs the whole node again in the same execution, cannot send one twice.
 * Returns false when this exact call was already sent (or may have been) by an earlier try.
 */
export function claimOnce(ctx: IExecuteFunctions, itemIndex: number, request: unknown): { fresh: boolean; release: () => void } {
	const key = createHash('sha256')
		.update(JSON.stringify([ctx.getExecutionId(), ctx.getNode().name, ctx.getWorkflowDataProxy(itemIndex).$runIndex, itemIndex, request]))
		.digest('hex');
	if (sent.has(key)) return { fresh: false, release: () => {} };
	if (sent.size >= MAX_KEPT) sent.delete(sent.keys().next().value as string);
	sent.set(key, Date.now());
	return { fresh: true, release: () => sent.delete(key) };
}
