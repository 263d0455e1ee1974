import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { z } from 'zod';

import { needsAnswers } from './dryRun';
import { MALFORMED_ANSWER, vendorError } from './errors';
import { defineField } from './fields';
import type { CallContext } from './run';
import { isExecution, runState } from './run';

/** No listing needs more pages than this; a vendor that keeps paging is stopped with an error. */
export const MAX_PAGES = 1000;

export interface Page<C> {
	items: IDataObject[];
	/** The cursor of the next page; absent, empty or 0 when this was the last. */
	next?: C;
}

export interface PaginateOptions<C> {
	ctx: CallContext;
	itemIndex: number;
	vendor: string;
	/** Infinity for Return All. */
	limit: number;
	first?: C;
	/** One page from `cursor`, asking for at most `want` entries. */
	fetch(cursor: C | undefined, want: number): Promise<Page<C>>;
	maxPages?: number;
	/**
	 * A filter the vendor cannot apply (the node applies it): pages are then asked for in full and
	 * a page that keeps nothing is read past, since only the vendor's own empty page ends the listing.
	 */
	keep?(item: IDataObject): boolean;
}

/**
 * Pages through a listing until the limit, the last page, or a bound: at most `maxPages` pages,
 * and a cursor that repeats (a vendor that would page forever) is an error, not a silent stop.
 */
export async function paginate<C>(o: PaginateOptions<C>): Promise<IDataObject[]> {
	const out: IDataObject[] = [];
	const seen = new Set<string>();
	let cursor = o.first;
	const maxPages = o.maxPages ?? MAX_PAGES;
	for (let page = 1; ; page++) {
		let current: Page<C>;
		try {
			current = await o.fetch(
				cursor,
				o.keep ? Number.MAX_SAFE_INTEGER : Math.min(Number.MAX_SAFE_INTEGER, o.limit - out.length),
			);
		} catch (error) {
			// Name the page that failed and how far the listing got.
			const context = (error as { context?: IDataObject }).context;
			if (context)
				Object.assign(context, {
					page,
					...(cursor !== undefined ? { cursor: cursor as unknown as IDataObject[string] } : {}),
					fetched: out.length,
					...context,
				});
			const thrown =
				error instanceof NodeApiError || error instanceof NodeOperationError
					? error
					: new NodeOperationError(o.ctx.getNode(), error as Error, { itemIndex: o.itemIndex });
			// Dry Run: the page's answer is empty; the next page would have needed the vendor's.
			if (isExecution(o.ctx) && runState(o.ctx).options.dryRun) needsAnswers.add(thrown);
			throw thrown;
		}
		const { items, next } = current;
		for (const item of items) if (out.length < o.limit && (!o.keep || o.keep(item))) out.push(item);
		if (
			out.length >= o.limit ||
			items.length === 0 ||
			next === undefined ||
			next === null ||
			(next as unknown) === '' ||
			(next as unknown) === 0
		) {
			return out;
		}
		const key = JSON.stringify(next);
		if (seen.has(key) || key === JSON.stringify(cursor)) {
			throw vendorError(
				o.ctx.getNode(),
				o.vendor,
				{
					code: 'PAGING_LOOP',
					message: `The vendor returned the same page cursor twice (page ${page}); the listing was stopped`,
					advice: 'Set a Limit or narrower filters and run again.',
				},
				o.itemIndex,
				{ page },
			);
		}
		if (page >= maxPages) {
			throw vendorError(
				o.ctx.getNode(),
				o.vendor,
				{
					code: 'TOO_MANY_PAGES',
					message: `The listing has more than ${maxPages} pages; it was stopped`,
					advice: 'Turn off Return All and set a Limit, or narrow the filters.',
				},
				o.itemIndex,
				{ page },
			);
		}
		seen.add(key);
		cursor = next;
	}
}

/** A list in a vendor answer; anything else is a malformed answer, never "zero results". */
export function listIn(
	ctx: CallContext,
	itemIndex: number,
	vendor: string,
	body: IDataObject,
	field: string,
): IDataObject[] {
	const list = body[field];
	if (Array.isArray(list)) return list as IDataObject[];
	throw vendorError(
		ctx.getNode(),
		vendor,
		{
			code: MALFORMED_ANSWER,
			message: `The answer has no "${field}" list`,
			advice: 'The vendor or a gateway answered in an unexpected form; try again later.',
		},
		itemIndex,
	);
}

/** n8n's usual "Return All / Limit" pair for a list operation, declared once. */
export const returnAll = defineField(
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	z.boolean({ invalid_type_error: 'must be true or false' }),
);

export const limit = defineField(
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
	z
		.number({ invalid_type_error: 'must be a number' })
		.int('must be a whole number')
		.min(1, 'must be at least 1'),
);

export const returnAllOrLimit: INodeProperties[] = [returnAll.property, limit.property];

/** Infinity for Return All, else the Limit. */
export function readLimit(ctx: IExecuteFunctions, i: number): number {
	return returnAll.read(ctx, i) ? Infinity : limit.read(ctx, i);
}
