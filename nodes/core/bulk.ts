import type { IDataObject, INode } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { chunk } from './list';
import { mayHaveArrived, wasNotSent } from './policy';

export interface ChunkCall {
	/** 1-based number of this call and how many the list needs. */
	call: number;
	calls: number;
}

/**
 * Sends a list in calls of at most `size` ids, one after another. When a call fails, its error
 * says, in the same words for every operation: which ids earlier calls applied (`appliedIds`),
 * which were not applied (`notAppliedIds`), which may or may not have arrived (`uncertainIds`,
 * after a reset or timeout), and which call failed (`failedCall` of `calls`).
 */
export async function sendInChunks<T, R>(
	node: INode,
	ids: readonly T[],
	size: number,
	send: (part: T[], where: ChunkCall) => Promise<R>,
): Promise<{ calls: number; results: R[] }> {
	const parts = chunk(ids, size);
	const results: R[] = [];
	let applied = 0;
	for (const [index, part] of parts.entries()) {
		try {
			results.push(await send(part, { call: index + 1, calls: parts.length }));
		} catch (error) {
			const context = (error as { context?: IDataObject }).context;
			if (context) {
				const unsure = mayHaveArrived(error) && !wasNotSent(error);
				Object.assign(context, {
					failedCall: index + 1,
					calls: parts.length,
					appliedIds: ids.slice(0, applied),
					notAppliedIds: unsure ? ids.slice(applied + part.length) : ids.slice(applied),
					uncertainIds: unsure ? part : [],
				});
			}
			throw error instanceof NodeApiError || error instanceof NodeOperationError
				? error
				: new NodeOperationError(node, error as Error);
		}
		applied += part.length;
	}
	return { calls: parts.length, results };
}
