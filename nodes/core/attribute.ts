import type { IDataObject } from 'n8n-workflow';

import type { ListCall } from './call';
import { wasNotSent } from './policy';

/** What became of one item of a combined run. */
export interface Outcome {
	applied: Set<string>;
	calls: Set<number>;
	answers: unknown[];
	error?: unknown;
	uncertain: Set<string>;
}

/** Errors of calls held back (the run was stopping, or the vendor refused the same call): never sent. */
export const heldBack = new WeakSet<object>();

/**
 * The run's error without Continue On Fail: the vendor's, on the item it failed for, naming the
 * items that shared the refused call and, apart, the items that were not sent.
 */
export function attributed(
	error: unknown,
	item: number,
	outcomes: Outcome[],
	plans: Array<ListCall | undefined>,
): unknown {
	if (!(error instanceof Error) || !('context' in error)) return error;
	const context = (error as { context: IDataObject }).context;
	const original = outcomes[item].error;
	const number = (i: number) => i + 1;
	const sharing = outcomes.map((o, i) => (o.error === original ? i : -1)).filter((i) => i >= 0);
	const notSentItems = outcomes
		.map((o, i) =>
			o.error !== undefined &&
			o.error !== original &&
			(wasNotSent(o.error) || heldBack.has(o.error as object))
				? i
				: -1,
		)
		.filter((i) => i >= 0);
	const refusedIds = sharing.flatMap((i) =>
		(plans[i]?.ids ?? []).filter((id) => !outcomes[i].applied.has(id)),
	);
	Object.assign(context, {
		items: sharing.map(number),
		refusedIds,
		notSentItems: notSentItems.map(number),
	});
	// A run of one item needs no telling which item it was.
	if (outcomes.length === 1) return error;
	const described = [
		(error as { description?: string | null }).description,
		`The failed call carried ${sharing.length === 1 ? 'item' : 'items'} ${list(sharing.map(number))} (ids ${list(refusedIds)}).`,
		notSentItems.length
			? `${notSentItems.length} other ${notSentItems.length === 1 ? 'item was' : 'items were'} not sent (${list(notSentItems.map(number))}): the node stops at the first failure.`
			: undefined,
	].filter(Boolean);
	(error as { description?: string | null }).description = described.join(' ');
	return error;
}

function list(values: Array<string | number>, shown = 10): string {
	return values.length > shown
		? `${values.slice(0, shown).join(', ')}, … ${values.length - shown} more`
		: values.join(', ');
}

/** The shared call's error, told for one item: its own ids applied, not applied, or uncertain. */
export function forItem(error: unknown, item: number, ids: string[], o: Outcome): unknown {
	if (!(error instanceof Error) || !('context' in error)) return error;
	const copy = Object.assign(Object.create(Object.getPrototypeOf(error) as object) as Error, error);
	copy.message = error.message;
	const context: IDataObject = { ...(error as { context: IDataObject }).context, itemIndex: item };
	if (ids.length) {
		Object.assign(context, {
			appliedIds: ids.filter((id) => o.applied.has(id)),
			uncertainIds: ids.filter((id) => !o.applied.has(id) && o.uncertain.has(id)),
			notAppliedIds: ids.filter((id) => !o.applied.has(id) && !o.uncertain.has(id)),
		});
		delete context.failedCall;
		delete context.calls;
	}
	(copy as unknown as { context: IDataObject }).context = context;
	return copy;
}
